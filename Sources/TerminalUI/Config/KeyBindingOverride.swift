/// One entry of a key-binding file: an action name and the keys it should have (empty: unbind).
public struct KeyBindingOverride: Hashable, Sendable {
  /// The action name, for example `quit`.
  public var action: String
  /// The keys.
  public var keys: [Key]
  /// The line in the file.
  public var line: Int?

  /// Creates an override.
  public init(action: String, keys: [Key], line: Int?) {
    self.action = action
    self.keys = keys
    self.line = line
  }
}

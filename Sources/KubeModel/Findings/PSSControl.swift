/// A Pod Security Standards control and the level that requires it.
public struct PSSControl: Codable, Sendable, Hashable {
  /// `baseline` or `restricted`.
  public var level: PSSLevel
  /// The control's name as the standard titles it, for example `Privileged Containers`.
  public var control: String

  /// Creates a control reference.
  public init(level: PSSLevel, control: String) {
    self.level = level
    self.control = control
  }
}

import TerminalUI

/// A binding of keys to a command, with what the hint bar and the help show.
public struct KeyBinding: Hashable, Sendable {
  /// The command.
  public var command: Command
  /// The keys, the first one shown in the hint bar.
  public var keys: [Key]
  /// What it does, for example `filter`.
  public var label: String
  /// The help section, for example `Move`.
  public var group: String
  /// Whether it appears in the hint bar.
  public var inHintBar: Bool

  /// Creates a binding.
  public init(_ command: Command, _ keys: [Key], _ label: String, group: String, hint: Bool = false)
  {
    self.command = command
    self.keys = keys
    self.label = label
    self.group = group
    self.inHintBar = hint
  }
}

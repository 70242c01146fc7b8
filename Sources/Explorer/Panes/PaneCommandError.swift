/// Why a pane command could not open a view, phrased so that the user can correct the command
/// (shown on the status line), for example `no findings of rule "foo" here; :rule lists them`.
public struct PaneCommandError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The message.
  public var description: String

  /// Creates an error with its message.
  public init(_ description: String) { self.description = description }
}

/// Why the terminal cannot be used; printed as one line (exit status 2).
public struct TerminalError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong and what to do.
  public var message: String

  /// Creates an error.
  public init(_ message: String) { self.message = message }

  /// The message.
  public var description: String { message }
}

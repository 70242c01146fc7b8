/// Credentials that could not be obtained (a failing exec plugin, an unreadable token file).
public struct CredentialError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong and what to do about it.
  public var message: String

  /// Creates an error.
  public init(_ message: String) { self.message = message }

  /// The message.
  public var description: String { message }
}

/// A request that got no usable HTTP response (connection, TLS, timeout).
public struct APIError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong.
  public var message: String
  /// Whether the request timed out.
  public var isTimeout: Bool
  /// Whether a GET may be retried (a dropped or truncated connection).
  public var isRetryable: Bool

  /// Creates an error.
  public init(_ message: String, isTimeout: Bool = false, retryable: Bool = false) {
    self.message = message
    self.isTimeout = isTimeout
    self.isRetryable = retryable
  }

  /// The message.
  public var description: String { message }
}

/// How requests are retried (client-go `with_retry.go`): 429 and 5xx only when the server sent
/// `Retry-After`, waiting that long; GETs after a dropped or truncated connection after a second.
public struct RetryPolicy: Sendable, Hashable {
  /// Retries per request.
  public var maxRetries: Int
  /// The longest `Retry-After` honoured (longer waits are cut to this).
  public var maxWaitSeconds: Double
  /// The wait before retrying a GET whose connection broke.
  public var connectionRetryDelay: Double

  /// Creates a policy.
  public init(maxRetries: Int = 5, maxWaitSeconds: Double = 10, connectionRetryDelay: Double = 1) {
    self.maxRetries = maxRetries
    self.maxWaitSeconds = maxWaitSeconds
    self.connectionRetryDelay = connectionRetryDelay
  }
}

/// Tunables of an ``APIClient``.
public struct ClientOptions: Sendable, Hashable {
  /// Seconds one request may take, body included.
  public var requestTimeout: Double
  /// Retry rules.
  public var retry: RetryPolicy
  /// The `User-Agent` header.
  public var userAgent: String
  /// The largest response body accepted.
  public var maxBodyBytes: Int

  /// Creates options.
  public init(
    requestTimeout: Double = 60, retry: RetryPolicy = RetryPolicy(),
    userAgent: String = "kbaseline", maxBodyBytes: Int = 1 << 30
  ) {
    self.requestTimeout = requestTimeout
    self.retry = retry
    self.userAgent = userAgent
    self.maxBodyBytes = maxBodyBytes
  }
}

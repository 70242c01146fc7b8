/// A request about to be retried (for progress displays).
public struct RetryNotice: Sendable, Hashable {
  /// The request path.
  public var path: String
  /// Why it is retried: `HTTP 429`, `HTTP 503`, `connection closed`.
  public var reason: String
  /// Seconds until the retry.
  public var delaySeconds: Double
  /// Which retry this is (1-based).
  public var attempt: Int
}

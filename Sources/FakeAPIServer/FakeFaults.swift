/// Scenario switches of the fake API server.
///
/// Refusals, expiring continue tokens, throttling, server errors, slow and truncated
/// responses, gzip, discovery flavour. Resources are named by their plural (`pods`).
public struct FakeFaults: Sendable {
  /// Resources forbidden cluster-wide (403); namespaced ones stay allowed per namespace.
  public var forbiddenClusterWide: Set<String> = []
  /// Namespaces where a resource is forbidden too (`["secrets": ["team-b"]]`).
  public var forbiddenInNamespaces: [String: Set<String>] = [:]
  /// Resources whose continue tokens have expired (410 on every continued page).
  public var expireContinue: Set<String> = []
  /// Resources whose full re-list (no limit) fails with 500.
  public var failFullList: Set<String> = []
  /// Resources whose first request gets 429 with `Retry-After: 1`.
  public var tooManyRequestsOnce: Set<String> = []
  /// Resources whose first request gets 503 with `Retry-After: 1`.
  public var unavailableOnce: Set<String> = []
  /// Resources that always fail with 500 and no `Retry-After`.
  public var serverError: Set<String> = []
  /// Seconds to wait before answering, by resource.
  public var slow: [String: Double] = [:]
  /// Resources whose first response body is cut in half (connection closed).
  public var truncateOnce: Set<String> = []
  /// Resources whose responses are always cut.
  public var truncateAlways: Set<String> = []
  /// Bodies at least this large are gzip-compressed when the client accepts gzip (the
  /// apiserver uses 128 KiB); nil never compresses.
  public var gzipMinimumBytes: Int? = 128 * 1024
  /// Whether `/api` and `/apis` answer with aggregated discovery when asked.
  public var aggregatedDiscovery = true
  /// Whether `as=PartialObjectMetadataList` is honoured (else full objects are sent).
  public var honourMetadataAccept = true
  /// The most items per page, whatever `limit` says (forces continuation).
  public var pageCap = 3
  /// Tokens that are no longer accepted (401).
  public var revokedTokens: Set<String> = []

  /// No faults.
  public init() {}
}

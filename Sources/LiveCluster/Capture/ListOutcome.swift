import KubeModel

/// How one paged list went (cluster-wide or in one namespace), and its items.
public struct ListOutcome: Sendable {
  /// The status.
  public var status: ListStatus
  /// The HTTP status of a failure.
  public var httpStatus: Int?
  /// The server's (or transport's) message for a failure.
  public var message: String?
  /// The list's resourceVersion.
  public var resourceVersion: String?
  /// Pages read.
  public var pages: Int
  /// Items read (redacted, with `kind` and `apiVersion`).
  public var items: [JSONValue]
}

/// The record of one list in a snapshot: what was asked for and how it went.
public struct ListRecord: Codable, Sendable, Hashable {
  /// API group, empty for the core group.
  public var group: String
  /// API version, for example `v1`.
  public var version: String
  /// Plural resource name, for example `pods`.
  public var resource: String
  /// The kind of the items, for example `Pod`.
  public var kind: String?
  /// Whether the resource is namespaced.
  public var namespaced: Bool?
  /// How the list went.
  public var status: ListStatus
  /// The HTTP status of a failed list.
  public var httpStatus: Int?
  /// The server's message for a failed list.
  public var message: String?
  /// `PartialObjectMetadata` when only metadata was fetched (Secrets).
  public var representation: String?
  /// The list's resourceVersion.
  public var resourceVersion: String?
  /// Pages read.
  public var pages: Int?
  /// Items stored.
  public var itemCount: Int?
  /// For a forbidden cluster-wide list, the outcome namespace by namespace.
  public var fallback: Fallback?

  /// Creates a record.
  public init(
    group: String, version: String, resource: String, kind: String? = nil,
    namespaced: Bool? = nil, status: ListStatus, httpStatus: Int? = nil, message: String? = nil,
    itemCount: Int? = nil
  ) {
    self.group = group
    self.version = version
    self.resource = resource
    self.kind = kind
    self.namespaced = namespaced
    self.status = status
    self.httpStatus = httpStatus
    self.message = message
    self.itemCount = itemCount
  }

  /// `resource.group` as kubectl prints it (`pods`, `deployments.apps`).
  public var qualifiedResource: String { group.isEmpty ? resource : "\(resource).\(group)" }

  /// The per-namespace outcome of a forbidden cluster-wide list.
  public struct Fallback: Codable, Sendable, Hashable {
    /// Status by namespace.
    public var perNamespace: [String: ListStatus]

    /// Creates a fallback record.
    public init(perNamespace: [String: ListStatus]) { self.perNamespace = perNamespace }
  }
}

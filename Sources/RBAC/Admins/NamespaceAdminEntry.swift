/// An identity with full control of one or more namespaces, but not of the cluster.
public struct NamespaceAdminEntry: Sendable, Hashable {
  /// The identity.
  public var identity: Identity
  /// The presentation group.
  public var category: AdminCategory
  /// The namespaces, sorted.
  public var namespaces: [String]
  /// One path per namespace, in the same order.
  public var paths: [AdminPath]
}

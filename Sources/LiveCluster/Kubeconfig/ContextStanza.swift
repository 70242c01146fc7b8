/// A kubeconfig `context` stanza: a cluster, a user and a default namespace.
public struct ContextStanza: Decodable, Sendable, Hashable {
  /// The cluster's name.
  public var cluster: String?
  /// The user's name.
  public var user: String?
  /// The default namespace.
  public var namespace: String?

  /// Creates a stanza.
  public init(cluster: String? = nil, user: String? = nil, namespace: String? = nil) {
    self.cluster = cluster
    self.user = user
    self.namespace = namespace
  }
}

/// One kubeconfig file as written (`apiVersion: v1`, `kind: Config`), before merging.
///
/// Only the fields kubectl uses to connect are decoded; `preferences` and unknown fields are
/// ignored, as client-go does.
public struct KubeconfigFile: Decodable, Sendable {
  /// `current-context`.
  public var currentContext: String?
  /// Named clusters, in file order.
  public var clusters: [Named<ClusterStanza>]
  /// Named users, in file order.
  public var users: [Named<UserStanza>]
  /// Named contexts, in file order.
  public var contexts: [Named<ContextStanza>]

  /// Creates a file from its parts.
  public init(
    currentContext: String? = nil, clusters: [Named<ClusterStanza>] = [],
    users: [Named<UserStanza>] = [], contexts: [Named<ContextStanza>] = []
  ) {
    self.currentContext = currentContext
    self.clusters = clusters
    self.users = users
    self.contexts = contexts
  }

  private enum CodingKeys: String, CodingKey {
    case currentContext = "current-context"
    case clusters, users, contexts
  }

  /// Decodes a file; missing or null lists are empty.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    currentContext = try c.decodeIfPresent(String.self, forKey: .currentContext)
    clusters = try c.decodeIfPresent([Named<ClusterStanza>].self, forKey: .clusters) ?? []
    users = try c.decodeIfPresent([Named<UserStanza>].self, forKey: .users) ?? []
    contexts = try c.decodeIfPresent([Named<ContextStanza>].self, forKey: .contexts) ?? []
  }

  /// A `{name, cluster|user|context}` entry.
  public struct Named<Stanza: Decodable & Sendable>: Decodable, Sendable {
    /// The entry's name.
    public var name: String
    /// The stanza (empty when the entry has none).
    public var stanza: Stanza?

    /// Creates an entry.
    public init(name: String, stanza: Stanza?) {
      self.name = name
      self.stanza = stanza
    }

    private enum CodingKeys: String, CodingKey { case name, cluster, user, context }

    /// Decodes `{name, cluster|user|context}`.
    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      name = try c.decodeIfPresent(String.self, forKey: .name) ?? ""
      let key = [CodingKeys.cluster, .user, .context].first { c.contains($0) }
      stanza = try key.flatMap { try c.decodeIfPresent(Stanza.self, forKey: $0) }
    }
  }
}

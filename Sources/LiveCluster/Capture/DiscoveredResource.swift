/// A resource as discovery lists it.
public struct DiscoveredResource: Sendable, Hashable {
  /// Plural name.
  public var name: String
  /// Kind.
  public var kind: String
  /// Whether it is namespaced.
  public var namespaced: Bool
  /// Verbs (`list`, `get`, …).
  public var verbs: [String]

  /// Creates a resource entry.
  public init(name: String, kind: String, namespaced: Bool, verbs: [String]) {
    self.name = name
    self.kind = kind
    self.namespaced = namespaced
    self.verbs = verbs
  }
}

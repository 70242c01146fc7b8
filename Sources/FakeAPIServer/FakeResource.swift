import LiveCluster

/// One resource the fake serves, with its discovery facts and its objects.
public struct FakeResource: Sendable {
  /// API group.
  public var group: String
  /// Version.
  public var version: String
  /// Plural name.
  public var resource: String
  /// Singular name.
  public var singular: String
  /// Kind.
  public var kind: String
  /// Whether namespaced.
  public var namespaced: Bool
  /// Short names (`po`, `ns`).
  public var shortNames: [String]
  /// Verbs.
  public var verbs: [String]
  /// The objects (full, with kind and apiVersion).
  public var items: [JSONValue]

  /// Creates a resource.
  public init(
    group: String = "", version: String = "v1", resource: String, kind: String,
    namespaced: Bool = true, shortNames: [String] = [],
    verbs: [String] = ["get", "list", "watch"], items: [JSONValue] = []
  ) {
    self.group = group
    self.version = version
    self.resource = resource
    self.singular = kind.lowercased()
    self.kind = kind
    self.namespaced = namespaced
    self.shortNames = shortNames
    self.verbs = verbs
    self.items = items
  }

  /// `group/version` or `version`.
  public var groupVersion: String { group.isEmpty ? version : "\(group)/\(version)" }
}

/// A namespaced Role (`rbac/v1.Role`).
public struct Role: Codable, Sendable, Hashable {
  /// The role's metadata.
  public var metadata: ObjectMeta
  /// The role's rules.
  @DefaultEmpty public var rules: [PolicyRule]

  /// Creates a Role.
  public init(metadata: ObjectMeta, rules: [PolicyRule]) {
    self.metadata = metadata
    self.rules = rules
  }

  /// The role's namespace.
  public var namespace: String { metadata.namespace ?? "default" }
}

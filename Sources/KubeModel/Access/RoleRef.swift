/// The role a binding grants (`rbac/v1.RoleRef`).
public struct RoleRef: Codable, Sendable, Hashable {
  /// `rbac.authorization.k8s.io`.
  public var apiGroup: String?
  /// `Role` or `ClusterRole`.
  public var kind: String
  /// The role's name.
  public var name: String

  /// Creates a role reference.
  public init(kind: String, name: String, apiGroup: String? = "rbac.authorization.k8s.io") {
    self.kind = kind
    self.name = name
    self.apiGroup = apiGroup
  }
}

/// A RoleBinding or ClusterRoleBinding (`rbac/v1`): subjects granted a role.
///
/// The two kinds differ only in scope, so one type serves both; ``namespace`` is `nil` for a
/// ClusterRoleBinding.
public struct RoleBinding: Sendable, Hashable {
  /// `true` for a ClusterRoleBinding.
  public var isClusterBinding: Bool
  /// The binding's metadata.
  public var metadata: ObjectMeta
  /// The subjects granted the role.
  public var subjects: [Subject]
  /// The role granted.
  public var roleRef: RoleRef

  /// Creates a binding.
  public init(
    isClusterBinding: Bool, metadata: ObjectMeta, subjects: [Subject], roleRef: RoleRef
  ) {
    self.isClusterBinding = isClusterBinding
    self.metadata = metadata
    self.subjects = subjects
    self.roleRef = roleRef
  }

  /// `RoleBinding` or `ClusterRoleBinding`.
  public var kind: String { isClusterBinding ? "ClusterRoleBinding" : "RoleBinding" }

  /// The namespace of a RoleBinding (`default` when a manifest omits it); `nil` for a
  /// ClusterRoleBinding.
  public var namespace: String? { isClusterBinding ? nil : (metadata.namespace ?? "default") }

  /// The binding's key.
  public var key: ObjectKey { ObjectKey(kind: kind, namespace: namespace, name: metadata.name) }
}

extension RoleBinding {
  private enum CodingKeys: String, CodingKey { case metadata, subjects, roleRef }

  /// Decodes a binding of the given scope.
  public init(isClusterBinding: Bool, from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      isClusterBinding: isClusterBinding,
      metadata: try c.decode(ObjectMeta.self, forKey: .metadata),
      subjects: try c.decodeIfPresent([Subject].self, forKey: .subjects) ?? [],
      roleRef: try c.decode(RoleRef.self, forKey: .roleRef))
  }

  /// Encodes the binding in API form.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(metadata, forKey: .metadata)
    if !subjects.isEmpty { try c.encode(subjects, forKey: .subjects) }
    try c.encode(roleRef, forKey: .roleRef)
  }
}

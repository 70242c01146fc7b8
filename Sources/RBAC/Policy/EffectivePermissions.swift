import KubeModel

/// What one identity may do: its grants cluster-wide and per namespace, each with the
/// binding, role and rule, plus the latent grants of bindings to missing roles.
public struct EffectivePermissions: Sendable, Hashable {
  /// Grants in one namespace through RoleBindings there.
  public struct NamespaceGrants: Sendable, Hashable {
    /// The namespace.
    public var namespace: String
    /// Grants that take effect in the namespace.
    public var grants: [Grant]
    /// Grants a RoleBinding lists but cannot give: cluster-scoped resources and URLs.
    public var ineffective: [Grant]
  }

  /// The identity.
  public var identity: Identity
  /// The request user evaluated (name and groups, implicit and mapped ones included).
  public var user: RequestUser
  /// `true` when the identity is in `system:masters` (every request allowed).
  public var isPrivileged: Bool
  /// Grants of ClusterRoleBindings: they apply cluster-wide and in every namespace.
  public var clusterWide: [Grant]
  /// Grants of RoleBindings, by namespace, sorted by namespace.
  public var namespaces: [NamespaceGrants]
  /// Bindings that name the identity (or its groups) but point at a missing role.
  public var latent: [ResolvedBinding]
}

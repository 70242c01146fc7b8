import KubeModel

/// The answer to "who can make this request": subjects in the upstream order
/// (`system:masters`, ClusterRoleBinding subjects, then RoleBinding subjects of the
/// namespace), unique by kind, namespace and name.
public struct WhoCanResult: Sendable, Hashable {
  /// The request as evaluated (cluster-scoped resources requested at namespace `""`).
  public var request: AccessRequest
  /// The subjects.
  public var subjects: [WhoCanSubject]
  /// Visited bindings whose role is missing or invalid: they would grant once the role exists.
  public var unresolved: [ResolvedBinding]
  /// A note when the request was adjusted, for example a cluster-scoped resource asked in a namespace.
  public var note: String?
}

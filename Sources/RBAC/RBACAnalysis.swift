import KubeModel

/// Everything the RBAC engine computes for a snapshot, built once and shared by the CLI, the
/// baseline findings and the TUI panes.
public struct RBACAnalysis: Sendable {
  /// The indexed policy (bindings, resolved roles, who-can).
  public let policy: RBACPolicy
  /// Effective cluster-admins and namespace admins, with their escalation paths.
  public let admins: EffectiveAdmins

  /// Analyses a snapshot; `membership` supplies users' groups (from `--groups FILE`).
  ///
  /// - Complexity: that of ``RBACPolicy`` and ``EffectiveAdmins``.
  public init(snapshot: Snapshot, membership: GroupMembership = .empty) {
    policy = RBACPolicy(snapshot: snapshot, membership: membership)
    admins = EffectiveAdmins(policy: policy, snapshot: snapshot)
  }

  /// The RBAC findings (domain `rbac`).
  public var findings: [Finding] { RBACFindings.findings(policy: policy, admins: admins) }

  /// ServiceAccounts that hold RBAC power: effective cluster-admins and namespace admins.
  ///
  /// A pod that automounts the token of such an account hands that power to anyone who gets
  /// code execution in it.
  public var powerfulServiceAccounts: Set<ObjectKey> {
    let identities = admins.admins.map(\.identity) + admins.namespaceAdmins.map(\.identity)
    return Set(
      identities.filter { $0.kind == .serviceAccount }.map {
        ObjectKey(kind: "ServiceAccount", namespace: $0.namespace, name: $0.name)
      })
  }
}

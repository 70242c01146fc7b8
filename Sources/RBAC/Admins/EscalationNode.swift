import KubeModel

/// A node of the escalation graph: an identity, a Kubernetes node, a set of identities an
/// attacker can pick from, a role held hypothetically, or the sink `cluster-admin`.
public enum EscalationNode: Sendable, Hashable {
  /// Where a hypothetically held role applies.
  public enum Scope: Sendable, Hashable {
    /// Through a ClusterRoleBinding.
    case cluster
    /// Through a RoleBinding in one namespace.
    case namespace(String)
    /// Through RoleBindings in every namespace.
    case everyNamespace
  }

  /// The sink: full control of the cluster.
  case admin
  /// A User, Group or ServiceAccount.
  case identity(Identity)
  /// A Kubernetes node (its kubelet credentials and the pods it runs).
  case node(String)
  /// Full control of one namespace.
  case namespaceAdmin(String)
  /// Any ServiceAccount of a namespace (a pod may name any of them).
  case serviceAccountsIn(String)
  /// Any ServiceAccount of any namespace.
  case allServiceAccounts
  /// The legacy ServiceAccount token Secrets of a namespace.
  case tokenSecretsIn(String)
  /// The legacy token Secrets of every namespace.
  case allTokenSecrets
  /// The existing pods of a namespace.
  case podsIn(String)
  /// Every existing pod.
  case allPods
  /// The pods running on one node.
  case podsOnNode(String)
  /// Any node, through a privileged pod pinned to it.
  case anyNode
  /// Any user (unrestricted user impersonation).
  case anyUser
  /// A role held at a scope (after binding it, for instance).
  case holder(role: ObjectKey, scope: Scope)

  /// A short label, for example `ServiceAccount ci/deployer` or `any ServiceAccount in kube-system`.
  public var label: String {
    switch self {
    case .admin: "cluster-admin"
    case .identity(let identity): identity.description
    case .node(let name): "Node \(name)"
    case .namespaceAdmin(let ns): "admin of namespace \(ns)"
    case .serviceAccountsIn(let ns): "any ServiceAccount in \(ns)"
    case .allServiceAccounts: "any ServiceAccount in any namespace"
    case .tokenSecretsIn(let ns): "the ServiceAccount token Secrets in \(ns)"
    case .allTokenSecrets: "the ServiceAccount token Secrets of every namespace"
    case .podsIn(let ns): "the pods of \(ns)"
    case .allPods: "every pod"
    case .podsOnNode(let node): "the pods on Node \(node)"
    case .anyNode: "any node"
    case .anyUser: "any user"
    case .holder(let role, let scope):
      switch scope {
      case .cluster: "\(role) held cluster-wide"
      case .namespace(let ns): "\(role) held in \(ns)"
      case .everyNamespace: "\(role) held in every namespace"
      }
    }
  }
}

import KubeModel

/// A generated cluster for RBAC benchmarks.
///
/// Tenant namespaces with ServiceAccounts, Roles and RoleBindings, the default aggregated roles,
/// controller roles, custom ClusterRoles, users and groups, plus pods on nodes and legacy token
/// Secrets so that every escalation path has material. The same seed gives the same objects.
public struct RBACClusterShape: Sendable {
  /// Tenant namespaces (plus kube-system).
  public var namespaces: Int
  /// ServiceAccounts, spread over the namespaces.
  public var serviceAccounts: Int
  /// Roles and ClusterRoles together.
  public var roles: Int
  /// How many of ``roles`` are ClusterRoles.
  public var clusterRoles: Int
  /// RoleBindings and ClusterRoleBindings together.
  public var bindings: Int
  /// How many of ``bindings`` are ClusterRoleBindings.
  public var clusterBindings: Int
  /// Distinct user names.
  public var users: Int
  /// Distinct group names.
  public var groups: Int
  /// Nodes (three are control-plane).
  public var nodes: Int
  /// Pods.
  public var pods: Int
  /// Legacy token Secrets.
  public var tokenSecrets: Int

  /// The benchmark shape: 20k bindings, 5k roles, 10k ServiceAccounts by default.
  public init(
    namespaces: Int = 1_000, serviceAccounts: Int = 10_000, roles: Int = 5_000,
    clusterRoles: Int = 500, bindings: Int = 20_000, clusterBindings: Int = 2_000,
    users: Int = 2_000, groups: Int = 200, nodes: Int = 100, pods: Int = 5_000,
    tokenSecrets: Int = 1_000
  ) {
    self.namespaces = namespaces
    self.serviceAccounts = serviceAccounts
    self.roles = roles
    self.clusterRoles = clusterRoles
    self.bindings = bindings
    self.clusterBindings = clusterBindings
    self.users = users
    self.groups = groups
    self.nodes = nodes
    self.pods = pods
    self.tokenSecrets = tokenSecrets
  }

  /// Generates the objects.
  ///
  /// - Complexity: O(*n*) in the number of objects.
  public func objects(seed: UInt64) -> [KubeObject] {
    var builder = RBACClusterBuilder(shape: self, rng: SeededGenerator(seed: seed))
    return builder.build()
  }
}

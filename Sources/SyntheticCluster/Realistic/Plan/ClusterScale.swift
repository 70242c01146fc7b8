/// How big a generated cluster is: the counts the generator aims at.
///
/// ``init(pods:)`` scales every count linearly from the pod count toward Kubernetes'
/// documented limits, reached at 150,000 pods: 10,000 namespaces, 5,000 nodes, ~20,000
/// RoleBindings, ~5,000 Roles and ClusterRoles, ~10,000 ServiceAccounts (besides each
/// namespace's `default`) and ~5,000 NetworkPolicies. Small sizes keep sensible minimums.
/// Any count can be overridden afterwards.
public struct ClusterScale: Sendable, Hashable {
  /// Pods written, exactly.
  public var pods: Int
  /// Namespaces, system namespaces included.
  public var namespaces: Int
  /// Nodes (each runs one pod of every DaemonSet).
  public var nodes: Int
  /// ServiceAccounts besides the `default` one of each namespace.
  public var serviceAccounts: Int
  /// Namespaced Roles.
  public var roles: Int
  /// ClusterRoles besides the built-in and add-on ones.
  public var clusterRoles: Int
  /// RoleBindings in application namespaces.
  public var roleBindings: Int
  /// ClusterRoleBindings besides the built-in and add-on ones.
  public var clusterRoleBindings: Int
  /// NetworkPolicies in application namespaces.
  public var networkPolicies: Int

  /// The pod count at which the documented limits are reached.
  public static let limitPods = 150_000

  /// The smallest pod count the generator accepts (system workloads need some room).
  public static let minimumPods = 100

  /// The scale for `pods` pods, every other count scaled from it.
  public init(pods: Int) {
    func scaled(_ full: Int, minimum: Int) -> Int {
      max(minimum, Int((Double(full) * Double(pods) / Double(Self.limitPods)).rounded()))
    }
    self.pods = pods
    namespaces = scaled(10_000, minimum: SystemNamespaces.names.count + 3)
    nodes = scaled(5_000, minimum: 3)
    serviceAccounts = scaled(10_000, minimum: 5)
    roles = scaled(4_600, minimum: 4)
    clusterRoles = scaled(300, minimum: 2)
    roleBindings = scaled(20_000, minimum: 8)
    clusterRoleBindings = scaled(600, minimum: 2)
    networkPolicies = scaled(5_000, minimum: 4)
  }

  /// Application namespaces (every namespace that is not a system one).
  public var applicationNamespaces: Int { max(1, namespaces - SystemNamespaces.names.count) }
}

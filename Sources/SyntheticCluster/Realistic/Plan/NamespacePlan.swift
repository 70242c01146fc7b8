/// One planned namespace: its labels, ServiceAccounts, workloads and RBAC/policy quotas.
struct NamespacePlan: Sendable {
  var name: String
  var team: String
  var environment: String
  var isSystem: Bool
  /// Labels besides `kubernetes.io/metadata.name`, in writing order.
  var labels: [(String, String)]
  /// ServiceAccounts besides `default`.
  var serviceAccounts: [String] = []
  var workloads: [WorkloadPlan] = []
  /// Names of the namespace's Roles (see ``RoleCatalogue``).
  var roles: [String] = []
  var roleBindings = 0
  var networkPolicies = 0
  var uid: String
  var age: Int

  /// Whether the namespace's pods get an Istio sidecar.
  var meshInjected: Bool { labels.contains { $0 == ("istio-injection", "enabled") } }
}

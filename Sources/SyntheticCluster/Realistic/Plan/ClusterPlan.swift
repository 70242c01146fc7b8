/// The whole generated cluster before any JSON is written.
///
/// Namespaces with their workloads and quotas, nodes and teams: small (one entry per
/// workload, not per pod).
struct ClusterPlan: Sendable {
  var namespaces: [NamespacePlan]
  var nodes: [NodePlan]
  var teams: [String]

  /// Nodes that run application pods (control-plane nodes are tainted).
  var workerNodes: [NodePlan] { nodes.filter { !$0.isControlPlane } }

  /// Pods of every workload.
  var podCount: Int { namespaces.reduce(0) { $0 + $1.workloads.reduce(0) { $0 + $1.pods } } }
}

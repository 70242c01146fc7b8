/// One planned workload: its controller, its pods' recipe and how many pods it runs.
struct WorkloadPlan: Sendable {
  /// The top-level controller kind (or a bare pod).
  enum Kind: Sendable {
    case deployment, statefulSet, daemonSet, cronJob, pod
  }

  var kind: Kind
  var name: String
  var namespace: String
  /// Pods written: replicas, pods per node, or kept Job pods (one per Job) of a CronJob.
  var pods: Int
  var recipe: PodRecipe
  var uid: String
  /// The current ReplicaSet's `pod-template-hash` (Deployments) or revision hash.
  var templateHash: String
  /// Superseded ReplicaSets kept at 0 replicas (Deployments).
  var oldRevisions: Int = 0
  /// Age in seconds at capture time.
  var age: Int
}

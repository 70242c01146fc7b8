import KubeModel

/// What snapshot-wide checks see: the snapshot and the assessments of every workload and
/// namespace.
public struct SnapshotReview: Sendable {
  /// The snapshot.
  public let snapshot: Snapshot
  /// Workload assessments, in the order of ``KubeModel/Snapshot/workloads``.
  public let workloads: [WorkloadAssessment]
  /// Namespace assessments, in the order of ``KubeModel/Snapshot/namespaces``.
  public let namespaces: [NamespaceAssessment]

  /// Creates a review.
  public init(
    snapshot: Snapshot, workloads: [WorkloadAssessment], namespaces: [NamespaceAssessment]
  ) {
    self.snapshot = snapshot
    self.workloads = workloads
    self.namespaces = namespaces
  }

  /// Whether the snapshot looks like a whole cluster (a capture, or it holds `kube-system`)
  /// rather than a folder of application manifests; cluster-wide heuristics need this.
  public var looksLikeCluster: Bool {
    snapshot.capture != nil
      || snapshot.namespaces.contains { $0.name == "kube-system" && !$0.isSynthesized }
  }

  /// The target used for cluster-wide findings.
  public static let clusterTarget = FindingTarget(kind: "Cluster", name: "cluster")
}

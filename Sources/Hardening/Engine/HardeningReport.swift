import KubeModel

/// Everything the Hardening engine found: per-workload and per-namespace assessments and the
/// flat list of findings (workload, namespace and cluster-wide).
public struct HardeningReport: Sendable {
  /// One assessment per workload, in the order of ``KubeModel/Snapshot/workloads``.
  public var workloads: [WorkloadAssessment]
  /// One assessment per namespace, in the order of ``KubeModel/Snapshot/namespaces``.
  public var namespaces: [NamespaceAssessment]
  /// Every finding: the workloads' findings, then snapshot-wide findings.
  public var findings: [Finding]

  /// Creates a report.
  public init(
    workloads: [WorkloadAssessment], namespaces: [NamespaceAssessment], findings: [Finding]
  ) {
    self.workloads = workloads
    self.namespaces = namespaces
    self.findings = findings
  }
}

import KubeModel

/// Notes long-running containers without a liveness or readiness probe (Jobs, CronJobs, init
/// and ephemeral containers are skipped).
public struct ProbesMissingCheck: PodCheck {
  /// `workload.probes-missing`.
  public static let rule = Rule(
    id: "workload.probes-missing", domain: .workload, severity: .info,
    title: "Probes missing",
    summary: "A regular container of a long-running workload without a liveness or readiness "
      + "probe.",
    rationale: "Without probes a hung or not-yet-ready container keeps receiving traffic and is "
      + "never restarted; availability is part of the baseline.",
    remediation: "Add a readinessProbe (and a livenessProbe where a restart helps).",
    references: [
      "Checkov CKV_K8S_8/9", "Kubescape C-0056/C-0018", "Polaris *ProbeMissing",
      "kube-score pod-probes",
    ])

  /// Creates the check.
  public init() {}

  /// One violation per regular container with neither probe.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    guard !pod.isBatch else { return [] }
    return pod.containers(of: .container).compactMap { c in
      guard c.container.livenessProbe == nil, c.container.readinessProbe == nil else { return nil }
      return c.violation(
        "container \(c.name) has no liveness or readiness probe", at: "readinessProbe",
        value: Violation.unset)
    }
  }
}

import KubeModel

/// Flags workloads that do not meet the Pod Security level their namespace enforces: their
/// next pods will be rejected (the label was added after them, or the manifests were never
/// applied).
public struct NamespaceEnforceViolatedCheck: SnapshotCheck {
  /// `workload.namespace-psa-violated`.
  public static let rule = Rule(
    id: "workload.namespace-psa-violated", domain: .workload, severity: .medium,
    title: "Workload violates its namespace's enforced level",
    summary: "The workload's pod template does not meet the namespace's "
      + "`pod-security.kubernetes.io/enforce` level.",
    rationale: "Pod Security Admission only checks pods when they are created: existing pods "
      + "keep running, but a restart, scale-up or reschedule will be rejected.",
    remediation: "Fix the workload's findings at that level, or (if deliberate) move it to a "
      + "namespace with a documented weaker level.",
    references: ["Pod Security Admission", "CIS 5.2.1"])

  /// Creates the check.
  public init() {}

  /// One finding per workload below its namespace's enforced level.
  ///
  /// - Complexity: O(*n*) in the objects it examines.
  public func findings(in review: SnapshotReview) -> [Finding] {
    let levels = Dictionary(
      review.workloads.map { ($0.workload, $0.level) }, uniquingKeysWith: { a, _ in a })
    return review.namespaces.flatMap { ns in
      ns.workloadsBelowEnforced.map { key in
        Finding(
          Self.rule, target: FindingTarget(key),
          message: "\(key.kind) \(key.name) meets \(levels[key]?.rawValue ?? "?") but namespace "
            + "\(ns.namespace) enforces \(ns.enforced!.rawValue)",
          fieldPath: "metadata.labels[\(NamespaceAssessment.enforceLabel)]",
          value: ns.enforceLabelValue ?? Violation.unset)
      }
    }
  }
}

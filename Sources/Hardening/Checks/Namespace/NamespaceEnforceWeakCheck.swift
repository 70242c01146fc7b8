import KubeModel

/// Flags namespaces that enforce a weaker Pod Security level than all their workloads
/// already meet.
public struct NamespaceEnforceWeakCheck: SnapshotCheck {
  /// `workload.namespace-psa-weak`.
  public static let rule = Rule(
    id: "workload.namespace-psa-weak", domain: .workload, severity: .low,
    title: "Namespace enforces less than its workloads meet",
    summary: "The `pod-security.kubernetes.io/enforce` level is weaker than the strictest level "
      + "every workload of the namespace meets.",
    rationale: "The namespace could reject weaker pods at no cost today; left weak, the next "
      + "privileged pod is admitted silently.",
    remediation: "Raise the enforce label to the level the workloads meet (try it first with "
      + "the `warn` and `audit` labels).",
    references: ["CIS 5.2.1", "Pod Security Admission namespace labels"])

  /// Creates the check.
  public init() {}

  /// One finding per namespace that could enforce more.
  ///
  /// - Complexity: O(*n*) in the objects it examines.
  public func findings(in review: SnapshotReview) -> [Finding] {
    review.namespaces.filter(\.enforcesLessThanMet).map { ns in
      Finding(
        Self.rule, target: FindingTarget(kind: "Namespace", name: ns.namespace),
        message: "namespace \(ns.namespace) enforces \(ns.enforced!.rawValue) but all "
          + "\(ns.workloadCount) workloads meet \(ns.strictestLevelMet!.rawValue)",
        fieldPath: "metadata.labels[\(NamespaceAssessment.enforceLabel)]",
        value: ns.enforceLabelValue ?? Violation.unset)
    }
  }
}

import KubeModel

/// Flags namespaces without a `pod-security.kubernetes.io/enforce` label (or with an invalid one).
///
/// Namespaces the snapshot only referenced are skipped: their labels are unknown.
public struct NamespaceEnforceMissingCheck: SnapshotCheck {
  /// `workload.namespace-psa-missing`.
  public static let rule = Rule(
    id: "workload.namespace-psa-missing", domain: .workload, severity: .low,
    title: "Namespace without Pod Security enforcement",
    summary: "A namespace without a valid `pod-security.kubernetes.io/enforce` label "
      + "(privileged, baseline or restricted).",
    rationale: "Without the label Pod Security Admission applies the cluster default (usually "
      + "privileged), so nothing stops a privileged pod from being created there.",
    remediation: "Label the namespace with the strictest level its workloads meet, e.g. "
      + "`kubectl label ns NAME pod-security.kubernetes.io/enforce=restricted`.",
    references: ["CIS 5.2.1", "Kubescape C-0192", "Pod Security Admission namespace labels"])

  /// Creates the check.
  public init() {}

  /// One finding per namespace without a valid label.
  ///
  /// - Complexity: O(*n*) in the objects it examines.
  public func findings(in review: SnapshotReview) -> [Finding] {
    review.namespaces.filter { !$0.isSynthesized && $0.enforced == nil }.map { ns in
      let need = ns.strictestLevelMet.map { "; its workloads meet \($0.rawValue)" } ?? ""
      let what =
        ns.enforceLabelValue.map { "an invalid enforce label \"\($0)\"" } ?? "no enforce label"
      return Finding(
        Self.rule, target: FindingTarget(kind: "Namespace", name: ns.namespace),
        message: "namespace \(ns.namespace) has \(what)\(need)",
        fieldPath: "metadata.labels[\(NamespaceAssessment.enforceLabel)]",
        value: ns.enforceLabelValue ?? Violation.unset)
    }
  }
}

import KubeModel

/// Flags workloads in the `default` namespace.
public struct DefaultNamespaceCheck: PodCheck {
  /// `workload.default-namespace`.
  public static let rule = Rule(
    id: "workload.default-namespace", domain: .workload, severity: .low,
    title: "Workload in the default namespace",
    summary: "The workload lives in `default` (or its manifest sets no namespace).",
    rationale: "The default namespace is shared and rarely carries policies (Pod Security "
      + "labels, NetworkPolicies, quotas), so workloads there get none of the boundaries.",
    remediation: "Move the workload to a namespace of its own with its policies.",
    references: ["CIS 5.7.4", "Checkov CKV_K8S_21", "Kubescape C-0061", "Trivy KSV-0110"])

  /// Creates the check.
  public init() {}

  /// A violation when the namespace is `default`.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    guard pod.namespace == "default" else { return [] }
    return [
      podViolation(
        "workload runs in the default namespace", at: "metadata.namespace", value: "default")
    ]
  }
}

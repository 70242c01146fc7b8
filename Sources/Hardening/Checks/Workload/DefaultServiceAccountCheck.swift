import KubeModel

/// Flags pods running as their namespace's `default` ServiceAccount.
public struct DefaultServiceAccountCheck: PodCheck {
  /// `workload.default-service-account`.
  public static let rule = Rule(
    id: "workload.default-service-account", domain: .workload, severity: .low,
    title: "Default ServiceAccount used",
    summary: "`spec.serviceAccountName` unset or `default`.",
    rationale: "Every pod of the namespace shares the default account, so a permission granted "
      + "for one workload is granted to all of them.",
    remediation: "Create a ServiceAccount per workload and set `serviceAccountName`; keep the "
      + "default account without permissions and with `automountServiceAccountToken: false`.",
    references: [
      "CIS 5.1.5", "Checkov CKV_K8S_41/42", "Kubescape C-0189",
      "kube-linter default-service-account",
    ])

  /// Creates the check.
  public init() {}

  /// A violation when the effective account is `default`.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    guard pod.spec.effectiveServiceAccountName == "default" else { return [] }
    return [
      podViolation(
        "pod runs as the default ServiceAccount", at: "spec.serviceAccountName",
        value: pod.spec.serviceAccountName ?? Violation.unset)
    ]
  }
}

import KubeModel

/// Flags pods that automount the token of a ServiceAccount holding RBAC power.
///
/// The effective setting is the pod's `automountServiceAccountToken`, else the
/// ServiceAccount's, else true. Which accounts hold power comes from the RBAC analysis
/// (``PodUnderReview/serviceAccountHasRBACPower``), so this module does not depend on RBAC.
public struct ServiceAccountTokenAutomountCheck: PodCheck {
  /// `workload.sa-token-automount`.
  public static let rule = Rule(
    id: "workload.sa-token-automount", domain: .workload, severity: .medium,
    title: "Powerful ServiceAccount token automounted",
    summary: "The pod mounts the API token of a ServiceAccount that holds RBAC power "
      + "(`automountServiceAccountToken` not false on the pod, else on the account).",
    rationale: "Anyone who runs code in the container (an RCE, a compromised dependency) can "
      + "read the token and use the account's permissions against the API.",
    remediation: "Set `automountServiceAccountToken: false` on the pod unless it calls the API; "
      + "if it does, reduce the account's permissions.",
    references: ["CIS 5.1.6", "Checkov CKV_K8S_38", "Kubescape C-0034", "Trivy KSV-0036"])

  /// Creates the check.
  public init() {}

  /// A violation when the token is automounted and the account holds RBAC power.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    guard pod.serviceAccountHasRBACPower else { return [] }
    let podValue = pod.spec.automountServiceAccountToken
    guard (podValue ?? pod.serviceAccount?.automountServiceAccountToken ?? true) else { return [] }
    let account = pod.spec.effectiveServiceAccountName
    return [
      podViolation(
        "pod automounts the token of ServiceAccount \(account), which holds RBAC power",
        at: "spec.automountServiceAccountToken",
        value: podValue.map { String($0) } ?? Violation.unset)
    ]
  }
}

import KubeModel

/// Flags containers with no security context at all, neither their own nor the pod's.
public struct MissingSecurityContextCheck: PodCheck {
  /// `workload.no-security-context`.
  public static let rule = Rule(
    id: "workload.no-security-context", domain: .workload, severity: .low,
    title: "No security context",
    summary: "Neither `spec.securityContext` nor the container's `securityContext` is set.",
    rationale: "Every hardening setting is left to defaults, which allow root, privilege "
      + "escalation and the runtime's full capability set.",
    remediation: "Add a security context: runAsNonRoot, seccompProfile RuntimeDefault, "
      + "allowPrivilegeEscalation false, capabilities drop ALL.",
    references: ["CIS 5.7.3", "Checkov CKV_K8S_29/30", "Kubescape C-0211", "Trivy KSV-0118"])

  /// Creates the check.
  public init() {}

  /// One violation per container when the pod has no security context either.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    guard pod.podSecurityContext == nil else { return [] }
    return pod.containers.filter { $0.securityContext == nil }.map {
      $0.violation(
        "container \($0.name) has no security context (nor has the pod)", at: "securityContext",
        value: Violation.unset)
    }
  }
}

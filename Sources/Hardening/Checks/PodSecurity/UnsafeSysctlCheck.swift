import KubeModel

/// Flags sysctls outside the safe set (PSS baseline, Sysctls).
public struct UnsafeSysctlCheck: PodCheck {
  /// `workload.unsafe-sysctls`.
  public static let rule = Rule(
    id: "workload.unsafe-sysctls", domain: .workload, severity: .medium,
    title: "Unsafe sysctl",
    summary: "`spec.securityContext.sysctls[*].name` outside the PSS allowlist (v1.37).",
    rationale: "Sysctls outside the namespaced safe set can change node-wide kernel behaviour "
      + "or starve other pods.",
    remediation: "Remove the sysctl, or set it on the node through a dedicated, reviewed path.",
    references: [
      "PSS baseline: Sysctls", "PSA check sysctls",
      "Note: kube-linter's denylist flags all net.*, including PSS-safe names",
    ],
    pss: PSSControlName.baseline(PSSControlName.sysctls))

  /// Creates the check.
  public init() {}

  /// One pod-level violation per unsafe sysctl.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    (pod.podSecurityContext?.sysctls ?? []).filter {
      !PSSAllowedValues.safeSysctls.contains($0.name)
    }.map {
      podViolation(
        "pod sets sysctl \($0.name)",
        at: PodUnderReview.podSecurityContextPath("sysctls[name=\($0.name)]"), value: $0.value)
    }
  }
}

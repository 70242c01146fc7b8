import KubeModel

/// Flags containers with no RuntimeDefault/Localhost seccomp profile in effect (PSS restricted,
/// Seccomp): the container sets none and the pod sets none.
///
/// Skipped for Windows pods.
///
/// Explicit bad types (`Unconfined`) are reported by ``SeccompUnconfinedCheck`` at the
/// baseline level, so this check only reports profiles left unset.
public struct SeccompMissingCheck: PodCheck {
  /// `workload.seccomp-missing`.
  public static let rule = Rule(
    id: "workload.seccomp-missing", domain: .workload, severity: .medium,
    title: "No seccomp profile",
    summary: "Neither the pod nor the container sets `seccompProfile.type` (RuntimeDefault or "
      + "Localhost required; a pod-level profile covers containers that set none).",
    rationale: "Without a seccomp profile the container runs with every system call allowed "
      + "unless the runtime defaults to a profile, which Kubernetes does not require.",
    remediation: "Set `spec.securityContext.seccompProfile.type: RuntimeDefault`.",
    references: [
      "PSS restricted: Seccomp", "PSA check seccompProfile_restricted", "CIS 5.7.2",
      "Note: Checkov CKV_K8S_31 wrongly rejects Localhost, which PSS allows",
    ],
    pss: PSSControlName.restricted(PSSControlName.seccomp))

  /// Creates the check.
  public init() {}

  /// One violation per container with no profile when the pod has none either.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    guard !pod.isWindows, pod.podSecurityContext?.seccompProfile == nil else { return [] }
    return pod.containers.filter { $0.securityContext?.seccompProfile == nil }.map {
      $0.violation(
        "container \($0.name) has no seccomp profile", at: "securityContext.seccompProfile.type",
        value: Violation.unset)
    }
  }
}

import KubeModel

/// Flags an explicit `runAsUser: 0` on the pod or any container (PSS restricted, Running as
/// Non-root user), even next to `runAsNonRoot: true`.
///
/// Exempt under `hostUsers: false` (v1.35).
public struct RunAsRootUIDCheck: PodCheck {
  /// `workload.run-as-root-uid`.
  public static let rule = Rule(
    id: "workload.run-as-root-uid", domain: .workload, severity: .high,
    title: "Runs as UID 0",
    summary: "`runAsUser: 0` on the pod or a container.",
    rationale: "UID 0 is root; an explicit root UID defeats `runAsNonRoot` and gives the "
      + "process root's rights over files and mounts.",
    remediation: "Set `runAsUser` to a non-zero UID (or remove it and rely on the image's "
      + "non-root user).",
    references: [
      "PSS restricted: Running as Non-root user", "PSA check runAsUser", "CIS 5.2.7",
    ],
    pss: PSSControlName.restricted(PSSControlName.runAsUser))

  /// Creates the check.
  public init() {}

  /// Violations at the pod level and per container.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    guard !pod.usesUserNamespace else { return [] }
    var out: [Violation] = []
    if pod.podSecurityContext?.runAsUser == 0 {
      out.append(
        podViolation(
          "pod sets runAsUser=0", at: PodUnderReview.podSecurityContextPath("runAsUser"),
          value: "0"))
    }
    for c in pod.containers where c.securityContext?.runAsUser == 0 {
      out.append(
        c.violation(
          "container \(c.name) sets runAsUser=0", at: "securityContext.runAsUser", value: "0"))
    }
    return out
  }
}

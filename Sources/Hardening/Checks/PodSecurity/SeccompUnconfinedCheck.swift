import KubeModel

/// Flags seccomp profiles set to anything but RuntimeDefault/Localhost (PSS baseline,
/// Seccomp).
public struct SeccompUnconfinedCheck: PodCheck {
  /// `workload.seccomp-unconfined`.
  public static let rule = Rule(
    id: "workload.seccomp-unconfined", domain: .workload, severity: .high,
    title: "Seccomp disabled",
    summary: "`seccompProfile.type: Unconfined` (or another type than RuntimeDefault/Localhost) "
      + "on the pod or any container.",
    rationale: "Without seccomp every system call is reachable, including the ones most kernel "
      + "exploits need.",
    remediation: "Set `seccompProfile.type: RuntimeDefault` (or a `Localhost` profile), or remove "
      + "the override.",
    references: ["PSS baseline: Seccomp", "PSA check seccompProfile_baseline"],
    pss: PSSControlName.baseline(PSSControlName.seccomp))

  /// Creates the check.
  public init() {}

  /// Violations: an explicit bad type at the pod level and per container.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    var out: [Violation] = []
    if let type = pod.podSecurityContext?.seccompProfile?.type,
      !PSSAllowedValues.confinedProfileTypes.contains(type)
    {
      out.append(
        podViolation(
          "pod sets seccomp profile \(type)",
          at: PodUnderReview.podSecurityContextPath("seccompProfile.type"), value: type))
    }
    for c in pod.containers {
      guard let type = c.securityContext?.seccompProfile?.type,
        !PSSAllowedValues.confinedProfileTypes.contains(type)
      else { continue }
      out.append(
        c.violation(
          "container \(c.name) sets seccomp profile \(type)",
          at: "securityContext.seccompProfile.type", value: type))
    }
    return out
  }
}

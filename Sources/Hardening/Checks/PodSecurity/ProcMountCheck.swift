import KubeModel

/// Flags containers with an unmasked /proc (PSS baseline `procMount`, restricted
/// `procMount_restricted`).
///
/// Since v1.35 baseline allows any procMount when the pod sets `hostUsers: false`;
/// restricted still requires the default. The finding's PSS level follows: baseline without a
/// user namespace, restricted with one.
public struct ProcMountCheck: PodCheck {
  /// `workload.proc-mount`.
  public static let rule = Rule(
    id: "workload.proc-mount", domain: .workload, severity: .high,
    title: "Unmasked /proc",
    summary: "`securityContext.procMount` other than `Default` on a container.",
    rationale: "An unmasked /proc exposes kernel interfaces the runtime normally hides, which "
      + "helps escapes and information leaks.",
    remediation: "Remove `procMount` or set it to `Default`.",
    references: [
      "PSS baseline: /proc Mount Type", "PSA checks procMount, procMount_restricted (v1.35)",
      "Note: kubesec ProcMount means a hostPath /proc, see workload.host-path-sensitive",
    ],
    pss: PSSControlName.baseline(PSSControlName.procMount))

  /// Creates the check.
  public init() {}

  /// One violation per container with a non-default procMount.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    let level: PSSLevel? = pod.usesUserNamespace ? .restricted : nil
    let severity: Severity? = pod.usesUserNamespace ? .medium : nil
    return pod.containers.compactMap { c in
      guard let mount = c.securityContext?.procMount, mount != "Default" else { return nil }
      return c.violation(
        "container \(c.name) sets procMount \(mount)", at: "securityContext.procMount",
        value: mount, severity: severity, pssLevel: level)
    }
  }
}

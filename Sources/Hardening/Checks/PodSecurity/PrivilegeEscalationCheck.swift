import KubeModel

/// Flags containers that do not set `allowPrivilegeEscalation: false` (PSS restricted, Privilege
/// Escalation).
///
/// Skipped for Windows pods.
public struct PrivilegeEscalationCheck: PodCheck {
  /// `workload.privilege-escalation`.
  public static let rule = Rule(
    id: "workload.privilege-escalation", domain: .workload, severity: .medium,
    title: "Privilege escalation allowed",
    summary: "`securityContext.allowPrivilegeEscalation` unset or true on a container; only "
      + "an explicit `false` passes.",
    rationale: "Without `no_new_privs`, setuid binaries and file capabilities let a process "
      + "gain more privileges than its parent.",
    remediation: "Set `securityContext.allowPrivilegeEscalation: false` on every container, "
      + "init and ephemeral containers included.",
    references: [
      "PSS restricted: Privilege Escalation", "PSA check allowPrivilegeEscalation", "CIS 5.2.6",
      "Note: kubesec fires only on an explicit true",
    ],
    pss: PSSControlName.restricted(PSSControlName.privilegeEscalation))

  /// Creates the check.
  public init() {}

  /// One violation per container that does not set it to false.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    guard !pod.isWindows else { return [] }
    return pod.containers.compactMap { c in
      let value = c.securityContext?.allowPrivilegeEscalation
      guard value != false else { return nil }
      return c.violation(
        "container \(c.name) allows privilege escalation",
        at: "securityContext.allowPrivilegeEscalation",
        value: value.map { String($0) } ?? Violation.unset)
    }
  }
}

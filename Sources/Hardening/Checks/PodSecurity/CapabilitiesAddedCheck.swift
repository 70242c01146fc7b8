import KubeModel

/// Flags containers adding capabilities outside the baseline default set (PSS baseline,
/// Capabilities).
public struct CapabilitiesAddedCheck: PodCheck {
  /// `workload.capabilities-added`.
  public static let rule = Rule(
    id: "workload.capabilities-added", domain: .workload, severity: .high,
    title: "Non-default capabilities added",
    summary: "`capabilities.add` holds a capability outside the baseline set (AUDIT_WRITE, "
      + "CHOWN, DAC_OVERRIDE, FOWNER, FSETID, KILL, MKNOD, NET_BIND_SERVICE, SETFCAP, SETGID, "
      + "SETPCAP, SETUID, SYS_CHROOT). Critical when it adds ALL or SYS_ADMIN.",
    rationale: "Extra capabilities such as SYS_ADMIN, NET_ADMIN or SYS_PTRACE give the "
      + "container kernel powers that lead to node escape.",
    remediation: "Remove the capability from `securityContext.capabilities.add`; names are "
      + "compared exactly as PSA does (`CAP_CHOWN` is not `CHOWN`).",
    references: [
      "PSS baseline: Capabilities", "PSA check capabilities_baseline", "CIS 5.2.9",
    ],
    pss: PSSControlName.baseline(PSSControlName.capabilities))

  /// Capabilities that make the finding critical.
  static let critical: Set<String> = ["ALL", "SYS_ADMIN", "CAP_SYS_ADMIN"]

  /// Creates the check.
  public init() {}

  /// One violation per container adding a non-default capability.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    pod.containers.compactMap { c in
      let added = c.securityContext?.capabilities?.add ?? []
      let extra = added.filter { !PSSAllowedValues.baselineCapabilities.contains($0) }
      guard !extra.isEmpty else { return nil }
      let severe = extra.contains { Self.critical.contains($0) }
      return c.violation(
        "container \(c.name) adds \(extra.joined(separator: ", "))",
        at: "securityContext.capabilities.add", value: added.joined(separator: ","),
        severity: severe ? .critical : nil)
    }
  }
}

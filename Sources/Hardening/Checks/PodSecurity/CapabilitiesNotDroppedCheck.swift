import KubeModel

/// Flags containers that do not drop ALL capabilities or add one besides NET_BIND_SERVICE (PSS
/// restricted, Capabilities).
///
/// Skipped for Windows pods.
///
/// Capabilities outside the baseline set are reported by ``CapabilitiesAddedCheck``; this
/// check reports the baseline-allowed ones restricted still forbids.
public struct CapabilitiesNotDroppedCheck: PodCheck {
  /// `workload.capabilities-not-dropped`.
  public static let rule = Rule(
    id: "workload.capabilities-not-dropped", domain: .workload, severity: .medium,
    title: "Capabilities not dropped",
    summary: "`capabilities.drop` lacks `ALL`, or `capabilities.add` holds anything besides "
      + "NET_BIND_SERVICE.",
    rationale: "The runtime's default capability set includes NET_RAW (spoofing), CHOWN, "
      + "DAC_OVERRIDE and others a typical service never needs.",
    remediation: "Set `securityContext.capabilities.drop: [ALL]` and add back only "
      + "NET_BIND_SERVICE if the process binds a port below 1024.",
    references: [
      "PSS restricted: Capabilities", "PSA check capabilities_restricted", "CIS 5.2.10",
      "CIS 5.2.8 (NET_RAW)",
    ],
    pss: PSSControlName.restricted(PSSControlName.capabilities))

  /// Creates the check.
  public init() {}

  /// One violation per container missing `drop: [ALL]` or adding a restricted capability.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    guard !pod.isWindows else { return [] }
    return pod.containers.compactMap { c in
      let caps = c.securityContext?.capabilities
      let extra = (caps?.add ?? []).filter {
        $0 != PSSAllowedValues.restrictedCapability
          && PSSAllowedValues.baselineCapabilities.contains($0)
      }
      if !(caps?.drop ?? []).contains(PSSAllowedValues.dropAll) {
        return c.violation(
          "container \(c.name) does not drop ALL capabilities",
          at: "securityContext.capabilities.drop",
          value: caps?.drop.isEmpty == false
            ? caps!.drop.joined(separator: ",") : Violation.unset)
      }
      guard !extra.isEmpty else { return nil }
      return c.violation(
        "container \(c.name) adds \(extra.joined(separator: ", ")) (restricted allows only "
          + "NET_BIND_SERVICE)", at: "securityContext.capabilities.add",
        value: extra.joined(separator: ","))
    }
  }
}

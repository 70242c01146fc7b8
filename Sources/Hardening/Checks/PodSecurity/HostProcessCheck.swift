import KubeModel

/// Flags Windows HostProcess pods and containers (PSS baseline, HostProcess).
public struct HostProcessCheck: PodCheck {
  /// `workload.host-process`.
  public static let rule = Rule(
    id: "workload.host-process", domain: .workload, severity: .critical,
    title: "Windows HostProcess container",
    summary: "`windowsOptions.hostProcess: true` on the pod or a container.",
    rationale: "A HostProcess container runs directly on the Windows node with host access; "
      + "it is the Windows equivalent of a privileged container.",
    remediation: "Remove `securityContext.windowsOptions.hostProcess` (or set it to false) on "
      + "the pod and every container.",
    references: ["PSS baseline: HostProcess", "PSA check windowsHostProcess", "CIS 5.2.11"],
    pss: PSSControlName.baseline(PSSControlName.hostProcess))

  /// Creates the check.
  public init() {}

  /// Violations: the pod-level flag, and each container that sets it.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    var out: [Violation] = []
    if pod.podSecurityContext?.windowsOptions?.hostProcess == true {
      out.append(
        podViolation(
          "pod runs as a Windows HostProcess pod",
          at: PodUnderReview.podSecurityContextPath("windowsOptions.hostProcess"), value: "true"))
    }
    for c in pod.containers where c.securityContext?.windowsOptions?.hostProcess == true {
      out.append(
        c.violation(
          "container \(c.name) runs as a Windows HostProcess container",
          at: "securityContext.windowsOptions.hostProcess", value: "true"))
    }
    return out
  }
}

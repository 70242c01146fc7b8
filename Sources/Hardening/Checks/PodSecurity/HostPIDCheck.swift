import KubeModel

/// Flags pods that share the node's PID namespace (PSS baseline, Host Namespaces).
public struct HostPIDCheck: PodCheck {
  /// `workload.host-pid`.
  public static let rule = Rule(
    id: "workload.host-pid", domain: .workload, severity: .high,
    title: "Host PID namespace shared",
    summary: "`spec.hostPID: true`.",
    rationale:
      "The pod shares the node's processes (signal, ptrace, read environments of other pods).",
    remediation: "Remove `spec.hostPID` or set it to false.",
    references: ["PSS baseline: Host Namespaces", "PSA check hostNamespaces", "CIS 5.2.3"],
    pss: PSSControlName.baseline(PSSControlName.hostNamespaces))

  /// Creates the check.
  public init() {}

  /// A violation when `spec.hostPID` is true.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    guard pod.spec.hostPID == true else { return [] }
    return [podViolation("pod uses the host PID namespace", at: "spec.hostPID", value: "true")]
  }
}

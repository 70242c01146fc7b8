import KubeModel

/// Flags pods that share the node's IPC namespace (PSS baseline, Host Namespaces).
public struct HostIPCCheck: PodCheck {
  /// `workload.host-ipc`.
  public static let rule = Rule(
    id: "workload.host-ipc", domain: .workload, severity: .high,
    title: "Host IPC namespace shared",
    summary: "`spec.hostIPC: true`.",
    rationale: "The pod shares the node's shared memory and IPC objects.",
    remediation: "Remove `spec.hostIPC` or set it to false.",
    references: ["PSS baseline: Host Namespaces", "PSA check hostNamespaces", "CIS 5.2.4"],
    pss: PSSControlName.baseline(PSSControlName.hostNamespaces))

  /// Creates the check.
  public init() {}

  /// A violation when `spec.hostIPC` is true.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    guard pod.spec.hostIPC == true else { return [] }
    return [podViolation("pod uses the host IPC namespace", at: "spec.hostIPC", value: "true")]
  }
}

import KubeModel

/// Flags pods that share the node's Network namespace (PSS baseline, Host Namespaces).
public struct HostNetworkCheck: PodCheck {
  /// `workload.host-network`.
  public static let rule = Rule(
    id: "workload.host-network", domain: .workload, severity: .high,
    title: "Host Network namespace shared",
    summary: "`spec.hostNetwork: true`.",
    rationale:
      "The pod shares the node's network stack (listen on node ports, sniff traffic, bypass NetworkPolicy).",
    remediation: "Remove `spec.hostNetwork` or set it to false.",
    references: ["PSS baseline: Host Namespaces", "PSA check hostNamespaces", "CIS 5.2.5"],
    pss: PSSControlName.baseline(PSSControlName.hostNamespaces))

  /// Creates the check.
  public init() {}

  /// A violation when `spec.hostNetwork` is true.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    guard pod.spec.hostNetwork == true else { return [] }
    return [
      podViolation("pod uses the host Network namespace", at: "spec.hostNetwork", value: "true")
    ]
  }
}

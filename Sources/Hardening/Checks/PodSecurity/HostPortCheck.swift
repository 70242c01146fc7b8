import KubeModel

/// Flags container ports bound to a node port (PSS baseline, Host Ports).
public struct HostPortCheck: PodCheck {
  /// `workload.host-port`.
  public static let rule = Rule(
    id: "workload.host-port", domain: .workload, severity: .medium,
    title: "hostPort bound",
    summary: "`ports[*].hostPort` set to a non-zero value.",
    rationale: "A host port exposes the container on the node's address, bypassing Services "
      + "and often NetworkPolicy, and ties the pod to nodes where the port is free.",
    remediation: "Remove `hostPort` and expose the container through a Service.",
    references: ["PSS baseline: Host Ports", "PSA check hostPorts", "CIS 5.2.13"],
    pss: PSSControlName.baseline(PSSControlName.hostPorts))

  /// Creates the check.
  public init() {}

  /// One violation per container binding host ports.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    pod.containers.compactMap { c in
      let ports = c.container.ports.compactMap(\.hostPort).filter { $0 != 0 }
      guard !ports.isEmpty else { return nil }
      let text = ports.map(String.init).joined(separator: ",")
      return c.violation(
        "container \(c.name) binds host port \(text)", at: "ports[*].hostPort", value: text)
    }
  }
}

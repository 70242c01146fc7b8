import KubeModel

/// Notes containers listening on ports below 1024.
public struct PrivilegedPortCheck: PodCheck {
  /// `workload.privileged-port`.
  public static let rule = Rule(
    id: "workload.privileged-port", domain: .workload, severity: .info,
    title: "Privileged port",
    summary: "A `containerPort` below 1024.",
    rationale: "Binding a port below 1024 needs NET_BIND_SERVICE or root, which works against "
      + "dropping all capabilities and running as non-root.",
    remediation: "Listen on a port of 1024 or more and map it through the Service.",
    references: ["Trivy KSV-0117", "kube-linter privileged-ports"])

  /// Creates the check.
  public init() {}

  /// One violation per container declaring low ports.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    pod.containers.compactMap { c in
      let low = c.container.ports.map(\.containerPort).filter { $0 > 0 && $0 < 1024 }
      guard !low.isEmpty else { return nil }
      let text = low.map(String.init).joined(separator: ",")
      return c.violation(
        "container \(c.name) listens on port \(text)", at: "ports[*].containerPort", value: text)
    }
  }
}

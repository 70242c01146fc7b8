import KubeModel

/// Flags privileged containers (PSS baseline, Privileged Containers).
public struct PrivilegedContainerCheck: PodCheck {
  /// `workload.privileged`.
  public static let rule = Rule(
    id: "workload.privileged", domain: .workload, severity: .critical,
    title: "Privileged container",
    summary: "`securityContext.privileged: true` on a container (init and ephemeral included).",
    rationale: "A privileged container has every capability and every host device; escaping "
      + "to the node is trivial.",
    remediation: "Remove `securityContext.privileged` or set it to false; add only the specific "
      + "capabilities the process needs.",
    references: ["PSS baseline: Privileged Containers", "PSA check privileged", "CIS 5.2.2"],
    pss: PSSControlName.baseline(PSSControlName.privileged))

  /// Creates the check.
  public init() {}

  /// One violation per privileged container.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    pod.containers.filter { $0.securityContext?.privileged == true }.map {
      $0.violation(
        "container \($0.name) runs privileged", at: "securityContext.privileged", value: "true")
    }
  }
}

import KubeModel

/// Notes containers whose effective `runAsUser` or `runAsGroup` is set below 10000 (but
/// not 0, which other rules report).
public struct LowUIDCheck: PodCheck {
  /// `workload.low-uid`.
  public static let rule = Rule(
    id: "workload.low-uid", domain: .workload, severity: .info,
    title: "Low UID or GID",
    summary: "The effective `runAsUser` or `runAsGroup` is between 1 and 9999.",
    rationale: "Low ids may collide with users on the node, which matters after a container "
      + "escape. This is not a PSS rule: PSS only forbids 0.",
    remediation: "Use ids of 10000 or more.",
    references: [
      "CIS 5.7.3", "Checkov CKV_K8S_40", "Trivy KSV-0020/0021", "kube-score user-group-id",
      "Note: kube-score, kubesec, Checkov and Trivy want > 10000; PSS only forbids 0",
    ])

  /// The lowest id considered safe.
  static let threshold = 10000

  /// Creates the check.
  public init() {}

  /// One violation per container with a low effective id.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    pod.containers.compactMap { c in
      let user = c.securityContext?.runAsUser ?? pod.podSecurityContext?.runAsUser
      let group = c.securityContext?.runAsGroup ?? pod.podSecurityContext?.runAsGroup
      if let user, user > 0, user < Self.threshold {
        return c.violation(
          "container \(c.name) runs as UID \(user)", at: "securityContext.runAsUser",
          value: String(user))
      }
      if let group, group > 0, group < Self.threshold {
        return c.violation(
          "container \(c.name) runs as GID \(group)", at: "securityContext.runAsGroup",
          value: String(group))
      }
      return nil
    }
  }
}

import KubeModel

/// Flags GID 0 in `runAsGroup`, `supplementalGroups` or `fsGroup`.
public struct RootGroupCheck: PodCheck {
  /// `workload.root-group`.
  public static let rule = Rule(
    id: "workload.root-group", domain: .workload, severity: .low,
    title: "Runs with the root group",
    summary: "`runAsGroup: 0` (pod or container), `supplementalGroups` containing 0, or "
      + "`fsGroup: 0`.",
    rationale: "GID 0 gives access to files owned by the root group on mounted volumes and in "
      + "the image. PSS dropped its non-root groups control, so PSS alone does not catch this.",
    remediation: "Use a non-zero group id.",
    references: ["Trivy KSV-0116", "kube-linter run-as-non-root", "kube-linter#748"])

  /// Creates the check.
  public init() {}

  /// Pod-level and per-container violations.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    var out: [Violation] = []
    let ctx = pod.podSecurityContext
    if ctx?.runAsGroup == 0 {
      out.append(
        podViolation(
          "pod sets runAsGroup=0", at: PodUnderReview.podSecurityContextPath("runAsGroup"),
          value: "0"))
    }
    if ctx?.fsGroup == 0 {
      out.append(
        podViolation(
          "pod sets fsGroup=0", at: PodUnderReview.podSecurityContextPath("fsGroup"), value: "0"))
    }
    if ctx?.supplementalGroups?.contains(0) == true {
      out.append(
        podViolation(
          "pod adds supplemental group 0",
          at: PodUnderReview.podSecurityContextPath("supplementalGroups"), value: "0"))
    }
    for c in pod.containers where c.securityContext?.runAsGroup == 0 {
      out.append(
        c.violation(
          "container \(c.name) sets runAsGroup=0", at: "securityContext.runAsGroup", value: "0"))
    }
    return out
  }
}

import KubeModel

/// Flags containers without a read-only root filesystem.
public struct WritableRootFilesystemCheck: PodCheck {
  /// `workload.writable-root-fs`.
  public static let rule = Rule(
    id: "workload.writable-root-fs", domain: .workload, severity: .low,
    title: "Root filesystem writable",
    summary: "`securityContext.readOnlyRootFilesystem` is not true on a container.",
    rationale: "A writable root filesystem lets an intruder drop tools and persist changes to "
      + "the container's binaries.",
    remediation: "Set `readOnlyRootFilesystem: true` and mount emptyDir volumes where the "
      + "process needs to write (e.g. /tmp).",
    references: [
      "CIS 5.7.3", "Checkov CKV_K8S_22", "Kubescape C-0017", "Trivy KSV-0014",
      "Polaris notReadOnlyRootFilesystem",
    ])

  /// Creates the check.
  public init() {}

  /// One violation per container without a read-only root filesystem.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    pod.containers.compactMap { c in
      let value = c.securityContext?.readOnlyRootFilesystem
      guard value != true else { return nil }
      return c.violation(
        "container \(c.name) has a writable root filesystem",
        at: "securityContext.readOnlyRootFilesystem",
        value: value.map { String($0) } ?? Violation.unset)
    }
  }
}

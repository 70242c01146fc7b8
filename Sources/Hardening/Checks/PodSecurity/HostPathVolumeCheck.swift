import KubeModel

/// Flags hostPath volumes (PSS baseline, HostPath Volumes).
public struct HostPathVolumeCheck: PodCheck {
  /// `workload.host-path`.
  public static let rule = Rule(
    id: "workload.host-path", domain: .workload, severity: .high,
    title: "hostPath volume",
    summary: "A `spec.volumes[*].hostPath` volume.",
    rationale: "A hostPath volume exposes the node's filesystem to the pod; with write access "
      + "or a sensitive path it is a direct route to the node.",
    remediation: "Replace the hostPath volume with an emptyDir, a ConfigMap/Secret, a "
      + "PersistentVolumeClaim or a CSI volume.",
    references: ["PSS baseline: HostPath Volumes", "PSA check hostPathVolumes", "CIS 5.2.12"],
    pss: PSSControlName.baseline(PSSControlName.hostPathVolumes))

  /// Creates the check.
  public init() {}

  /// One violation per hostPath volume (merged into one finding per workload).
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    pod.spec.volumes.compactMap { volume in
      guard let host = volume.hostPath else { return nil }
      return podViolation(
        "volume \(volume.name) mounts host path \(host.path)",
        at: PodUnderReview.volumePath(volume) + ".hostPath.path", value: host.path)
    }
  }
}

import KubeModel

/// Flags hostPath volumes of sensitive node directories (`/`, `/etc`, `/proc`, `/var/lib/kubelet`, …).
public struct SensitiveHostPathCheck: PodCheck {
  /// `workload.host-path-sensitive`.
  public static let rule = Rule(
    id: "workload.host-path-sensitive", domain: .workload, severity: .critical,
    title: "Sensitive host path mounted",
    summary: "A hostPath volume of `/`, `/boot`, `/dev`, `/etc`, `/lib`, `/proc`, `/sys`, `/usr`, "
      + "`/root`, `/home`, `/var/lib/kubelet`, `/var/lib/docker`, `/var/lib/containerd`, "
      + "`/var/lib/etcd` or a path below them.",
    rationale: "These paths hold node credentials, kubelet and runtime state, kernel interfaces "
      + "and binaries; mounting them is a node takeover.",
    remediation: "Remove the volume; if a node agent truly needs it, mount the narrowest path "
      + "read-only and isolate the workload in a dedicated namespace.",
    references: [
      "PSS baseline: HostPath Volumes (narrower case)", "Trivy KSV-0121",
      "kube-linter sensitive-host-mounts",
    ])

  /// Creates the check.
  public init() {}

  /// One violation per sensitive hostPath volume.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    pod.spec.volumes.compactMap { volume in
      guard let path = volume.hostPath?.path, HostPathRules.isSensitive(path),
        !HostPathRules.isRuntimeSocket(path)
      else { return nil }
      return podViolation(
        "volume \(volume.name) mounts sensitive host path \(path)",
        at: PodUnderReview.volumePath(volume) + ".hostPath.path", value: path)
    }
  }
}

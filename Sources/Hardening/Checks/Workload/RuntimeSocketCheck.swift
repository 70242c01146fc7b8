import KubeModel

/// Flags hostPath volumes of a container runtime socket (docker, containerd, CRI-O).
public struct RuntimeSocketCheck: PodCheck {
  /// `workload.runtime-socket`.
  public static let rule = Rule(
    id: "workload.runtime-socket", domain: .workload, severity: .critical,
    title: "Container runtime socket mounted",
    summary: "A hostPath volume of `docker.sock`, `containerd.sock`, `crio.sock` or a directory "
      + "holding one (`/var/run`, `/run/containerd`, …).",
    rationale: "The runtime socket starts privileged containers on the node: whoever reaches it "
      + "owns the node.",
    remediation: "Remove the volume; build images with a rootless builder and read container "
      + "metadata through the Kubernetes API instead.",
    references: [
      "PSS baseline: HostPath Volumes (narrower case)", "Checkov CKV_K8S_27", "Kubescape C-0074",
      "Trivy KSV-0006",
    ])

  /// Creates the check.
  public init() {}

  /// One violation per runtime socket volume.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    pod.spec.volumes.compactMap { volume in
      guard let path = volume.hostPath?.path, HostPathRules.isRuntimeSocket(path) else {
        return nil
      }
      return podViolation(
        "volume \(volume.name) mounts runtime socket path \(path)",
        at: PodUnderReview.volumePath(volume) + ".hostPath.path", value: path)
    }
  }
}

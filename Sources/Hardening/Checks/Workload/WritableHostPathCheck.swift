import KubeModel

/// Flags containers that mount a hostPath volume without `readOnly: true`.
public struct WritableHostPathCheck: PodCheck {
  /// `workload.host-path-writable`.
  public static let rule = Rule(
    id: "workload.host-path-writable", domain: .workload, severity: .high,
    title: "hostPath mounted writable",
    summary: "A container mounts a hostPath volume without `volumeMounts[*].readOnly: true`.",
    rationale: "Write access to the node's filesystem lets a compromised container plant "
      + "binaries, cron jobs or kubelet configuration on the node.",
    remediation: "Set `readOnly: true` on the mount, or replace the hostPath volume.",
    references: [
      "PSS baseline: HostPath Volumes (narrower case)", "Kubescape C-0045",
      "kube-linter writable-host-mount",
    ])

  /// Creates the check.
  public init() {}

  /// One violation per container with writable hostPath mounts.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    let hostVolumes = Set(pod.spec.volumes.filter { $0.hostPath != nil }.map(\.name))
    guard !hostVolumes.isEmpty else { return [] }
    return pod.containers.compactMap { c in
      let writable = c.container.volumeMounts.filter {
        hostVolumes.contains($0.name) && $0.readOnly != true
      }
      guard let first = writable.first else { return nil }
      return c.violation(
        "container \(c.name) mounts host path volume \(first.name) writable at \(first.mountPath)",
        at: "volumeMounts[name=\(first.name)].readOnly",
        value: writable.map(\.mountPath).joined(separator: ","))
    }
  }
}

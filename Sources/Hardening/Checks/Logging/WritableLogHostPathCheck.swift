import KubeModel

/// Flags containers that mount the node's `/var/log` (or a path below it) writable.
public struct WritableLogHostPathCheck: PodCheck {
  /// `logging.writable-log-hostpath`.
  public static let rule = Rule(
    id: "logging.writable-log-hostpath", domain: .logging, severity: .medium,
    title: "Node logs mounted writable",
    summary: "A container mounts a hostPath volume at or below `/var/log` without "
      + "`readOnly: true`.",
    rationale: "Write access to the node's logs lets a compromised container erase or forge the "
      + "evidence other controls rely on (and, through kubelet log symlinks, read other files).",
    remediation: "Mount `/var/log` read-only; log shippers only need to read it.",
    references: ["Kubescape C-0045 (writable hostPath)", "CVE-2021-25741 (symlink exchange)"])

  /// Creates the check.
  public init() {}

  /// One violation per container mounting node logs writable.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    let logVolumes = Set(
      pod.spec.volumes.filter { volume in
        guard let path = volume.hostPath.map({ HostPathRules.normalized($0.path) }) else {
          return false
        }
        return path == "/var/log" || path.hasPrefix("/var/log/")
      }.map(\.name))
    guard !logVolumes.isEmpty else { return [] }
    return pod.containers.compactMap { c in
      guard
        let mount = c.container.volumeMounts.first(where: {
          logVolumes.contains($0.name) && $0.readOnly != true
        })
      else { return nil }
      return c.violation(
        "container \(c.name) mounts node logs writable at \(mount.mountPath)",
        at: "volumeMounts[name=\(mount.name)].readOnly", value: Violation.unset)
    }
  }
}

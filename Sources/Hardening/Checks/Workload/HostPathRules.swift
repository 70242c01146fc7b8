/// Host paths whose mount gives a pod the node: system directories and container runtime
/// sockets.
enum HostPathRules {
  /// System directories (and everything below them) that expose the node.
  static let sensitiveDirectories = [
    "/", "/boot", "/dev", "/etc", "/lib", "/lib64", "/proc", "/sys", "/usr", "/bin", "/sbin",
    "/root", "/home", "/var/lib/kubelet", "/var/lib/docker", "/var/lib/containerd",
    "/var/lib/etcd", "/etc/kubernetes",
  ]

  /// Runtime socket names and the directories that hold them.
  static let runtimeSocketNames = [
    "docker.sock", "containerd.sock", "crio.sock", "cri-dockerd.sock",
  ]

  /// Directories that contain a runtime socket.
  static let runtimeSocketDirectories = [
    "/var/run", "/run", "/var/run/docker", "/run/docker", "/var/run/containerd",
    "/run/containerd", "/var/run/crio", "/run/crio",
  ]

  /// The path without trailing slashes (`/` stays `/`).
  static func normalized(_ path: String) -> String {
    var p = path
    while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
    return p
  }

  /// Whether a host path mounts a container runtime socket or its directory.
  static func isRuntimeSocket(_ path: String) -> Bool {
    let p = normalized(path)
    return runtimeSocketNames.contains { p.hasSuffix("/" + $0) }
      || runtimeSocketDirectories.contains(p)
  }

  /// Whether a host path is a sensitive system directory or lies below one (`/` only itself).
  static func isSensitive(_ path: String) -> Bool {
    let p = normalized(path)
    return sensitiveDirectories.contains { dir in
      dir == "/" ? p == "/" : (p == dir || p.hasPrefix(dir + "/"))
    }
  }
}

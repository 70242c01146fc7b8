/// The allowed values of the Pod Security Standards at the latest version (v1.37), as
/// kubernetes/pod-security-admission (`policy/check_*.go`) defines them.
public enum PSSAllowedValues {
  /// Capabilities baseline lets containers add (`capabilities_baseline`); exact names, no
  /// `CAP_` prefix, as PSA compares them.
  public static let baselineCapabilities: Set<String> = [
    "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD",
    "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT",
  ]

  /// The one capability restricted lets containers add (`capabilities_restricted`).
  public static let restrictedCapability = "NET_BIND_SERVICE"

  /// The capability restricted requires containers to drop.
  public static let dropAll = "ALL"

  /// Sysctls baseline allows (`sysctls`): the v1.0 set plus the additions of v1.27, v1.29,
  /// v1.32 and v1.37.
  public static let safeSysctls: Set<String> = [
    "kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.tcp_syncookies",
    "net.ipv4.ping_group_range", "net.ipv4.ip_unprivileged_port_start",
    "net.ipv4.ip_local_reserved_ports",
    "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl",
    "net.ipv4.tcp_keepalive_probes",
    "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem",
    "net.ipv4.tcp_slow_start_after_idle", "net.ipv4.tcp_notsent_lowat",
  ]

  /// SELinux types baseline allows (`seLinuxOptions`; `container_engine_t` from v1.31).
  public static let seLinuxTypes: Set<String> = [
    "", "container_t", "container_init_t", "container_kvm_t", "container_engine_t",
  ]

  /// Volume source types restricted allows (`restrictedVolumes`).
  public static let restrictedVolumeTypes: Set<String> = [
    "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image",
    "persistentVolumeClaim", "projected", "secret",
  ]

  /// Seccomp and AppArmor profile types the standards accept when set.
  public static let confinedProfileTypes: Set<String> = ["RuntimeDefault", "Localhost"]

  /// The annotation prefix of the deprecated per-container AppArmor profile.
  public static let appArmorAnnotationPrefix = "container.apparmor.security.beta.kubernetes.io/"

  /// Whether an AppArmor annotation value is allowed: empty, `runtime/default` or
  /// `localhost/*`.
  public static func isAllowedAppArmorAnnotation(_ value: String) -> Bool {
    value.isEmpty || value == "runtime/default" || value.hasPrefix("localhost/")
  }
}

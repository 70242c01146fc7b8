import KubeModel

/// The Pod Security Standards controls, named as the standard titles them.
public enum PSSControlName {
  /// `windowsHostProcess`.
  public static let hostProcess = "HostProcess"
  /// `hostNamespaces`.
  public static let hostNamespaces = "Host Namespaces"
  /// `privileged`.
  public static let privileged = "Privileged Containers"
  /// `capabilities_baseline` and `capabilities_restricted`.
  public static let capabilities = "Capabilities"
  /// `hostPathVolumes`.
  public static let hostPathVolumes = "HostPath Volumes"
  /// `hostPorts`.
  public static let hostPorts = "Host Ports"
  /// `hostProbesAndHostLifecycle` (v1.34+).
  public static let hostProbes = "Host Probes / Lifecycle Hooks"
  /// `appArmorProfile`.
  public static let appArmor = "AppArmor"
  /// `seLinuxOptions`.
  public static let seLinux = "SELinux"
  /// `procMount` and `procMount_restricted`.
  public static let procMount = "/proc Mount Type"
  /// `seccompProfile_baseline` and `seccompProfile_restricted`.
  public static let seccomp = "Seccomp"
  /// `sysctls`.
  public static let sysctls = "Sysctls"
  /// `restrictedVolumes`.
  public static let volumeTypes = "Volume Types"
  /// `allowPrivilegeEscalation`.
  public static let privilegeEscalation = "Privilege Escalation"
  /// `runAsNonRoot`.
  public static let runAsNonRoot = "Running as Non-root"
  /// `runAsUser`.
  public static let runAsUser = "Running as Non-root user"

  /// A baseline control reference.
  public static func baseline(_ name: String) -> PSSControl {
    PSSControl(level: .baseline, control: name)
  }

  /// A restricted control reference.
  public static func restricted(_ name: String) -> PSSControl {
    PSSControl(level: .restricted, control: name)
  }
}

/// The pod-level security context (`core/v1.PodSecurityContext`).
public struct PodSecurityContext: Codable, Sendable, Hashable {
  /// Default UID for all containers.
  public var runAsUser: Int?
  /// Default GID for all containers.
  public var runAsGroup: Int?
  /// Default non-root requirement for all containers.
  public var runAsNonRoot: Bool?
  /// Supplemental group applied to volumes.
  public var fsGroup: Int?
  /// Extra groups for the first process.
  public var supplementalGroups: [Int]?
  /// Default SELinux labels.
  public var seLinuxOptions: SELinuxOptions?
  /// Default seccomp profile.
  public var seccompProfile: SecurityProfile?
  /// Default AppArmor profile.
  public var appArmorProfile: SecurityProfile?
  /// Namespaced sysctls set for the pod.
  @DefaultEmpty public var sysctls: [Sysctl]
  /// Default Windows options.
  public var windowsOptions: WindowsSecurityContextOptions?

  /// Creates a pod security context.
  public init(
    runAsUser: Int? = nil, runAsGroup: Int? = nil, runAsNonRoot: Bool? = nil,
    fsGroup: Int? = nil, supplementalGroups: [Int]? = nil, seLinuxOptions: SELinuxOptions? = nil,
    seccompProfile: SecurityProfile? = nil, appArmorProfile: SecurityProfile? = nil,
    sysctls: [Sysctl] = [], windowsOptions: WindowsSecurityContextOptions? = nil
  ) {
    self.runAsUser = runAsUser
    self.runAsGroup = runAsGroup
    self.runAsNonRoot = runAsNonRoot
    self.fsGroup = fsGroup
    self.supplementalGroups = supplementalGroups
    self.seLinuxOptions = seLinuxOptions
    self.seccompProfile = seccompProfile
    self.appArmorProfile = appArmorProfile
    self.sysctls = sysctls
    self.windowsOptions = windowsOptions
  }
}

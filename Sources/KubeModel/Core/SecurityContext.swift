/// A container-level security context (`core/v1.SecurityContext`).
///
/// Where a field is set both here and in the pod's ``PodSecurityContext``, this one wins.
public struct SecurityContext: Codable, Sendable, Hashable {
  /// Capabilities added and dropped.
  public var capabilities: Capabilities?
  /// Runs the container privileged (all capabilities, all devices).
  public var privileged: Bool?
  /// SELinux labels.
  public var seLinuxOptions: SELinuxOptions?
  /// Windows options (`hostProcess`).
  public var windowsOptions: WindowsSecurityContextOptions?
  /// UID to run as.
  public var runAsUser: Int?
  /// GID to run as.
  public var runAsGroup: Int?
  /// Requires a non-root UID.
  public var runAsNonRoot: Bool?
  /// Mounts the root filesystem read-only.
  public var readOnlyRootFilesystem: Bool?
  /// Whether a process can gain more privileges than its parent (`no_new_privs`).
  public var allowPrivilegeEscalation: Bool?
  /// `Default` or `Unmasked`.
  public var procMount: String?
  /// The seccomp profile.
  public var seccompProfile: SecurityProfile?
  /// The AppArmor profile.
  public var appArmorProfile: SecurityProfile?

  /// Creates a security context; every field defaults to unset.
  public init(
    capabilities: Capabilities? = nil, privileged: Bool? = nil,
    seLinuxOptions: SELinuxOptions? = nil, windowsOptions: WindowsSecurityContextOptions? = nil,
    runAsUser: Int? = nil, runAsGroup: Int? = nil, runAsNonRoot: Bool? = nil,
    readOnlyRootFilesystem: Bool? = nil, allowPrivilegeEscalation: Bool? = nil,
    procMount: String? = nil, seccompProfile: SecurityProfile? = nil,
    appArmorProfile: SecurityProfile? = nil
  ) {
    self.capabilities = capabilities
    self.privileged = privileged
    self.seLinuxOptions = seLinuxOptions
    self.windowsOptions = windowsOptions
    self.runAsUser = runAsUser
    self.runAsGroup = runAsGroup
    self.runAsNonRoot = runAsNonRoot
    self.readOnlyRootFilesystem = readOnlyRootFilesystem
    self.allowPrivilegeEscalation = allowPrivilegeEscalation
    self.procMount = procMount
    self.seccompProfile = seccompProfile
    self.appArmorProfile = appArmorProfile
  }
}

import KubeModel

/// The Hardening catalogue: every check and its rule, in one place.
public enum HardeningRules {
  /// The pod checks, in report order: PSS baseline, PSS restricted, the wider catalogue,
  /// secrets, logging.
  public static let podChecks: [any PodCheck] = [
    HostProcessCheck(), HostPIDCheck(), HostIPCCheck(), HostNetworkCheck(),
    PrivilegedContainerCheck(), CapabilitiesAddedCheck(), HostPathVolumeCheck(), HostPortCheck(),
    ProbeHostCheck(), AppArmorUnconfinedCheck(), SELinuxOptionsCheck(), ProcMountCheck(),
    SeccompUnconfinedCheck(), UnsafeSysctlCheck(),
    RestrictedVolumeCheck(), PrivilegeEscalationCheck(), RunAsNonRootCheck(), RunAsRootUIDCheck(),
    SeccompMissingCheck(), CapabilitiesNotDroppedCheck(),
    SensitiveHostPathCheck(), RuntimeSocketCheck(), WritableHostPathCheck(), RootGroupCheck(),
    LowUIDCheck(), WritableRootFilesystemCheck(), MissingSecurityContextCheck(),
    ResourcesMissingCheck(), EphemeralStorageCheck(), ImageTagCheck(), ImageDigestCheck(),
    PullPolicyCheck(),
    ServiceAccountTokenAutomountCheck(), DefaultServiceAccountCheck(), DefaultNamespaceCheck(),
    PrivilegedPortCheck(), ProbesMissingCheck(),
    EnvLiteralSecretCheck(), EnvFromSecretCheck(),
    AuditLogMissingCheck(), WritableLogHostPathCheck(),
  ]

  /// The snapshot-wide checks: namespaces, Secrets, ConfigMaps, cluster-wide evidence.
  public static let snapshotChecks: [any SnapshotCheck] = [
    NamespaceEnforceMissingCheck(), NamespaceEnforceWeakCheck(), NamespaceEnforceViolatedCheck(),
    ConfigMapCredentialKeyCheck(), LegacyServiceAccountTokenCheck(), ExternalSecretStoreCheck(),
    LogShippingMissingCheck(), RuntimeDetectionMissingCheck(),
  ]

  /// Every rule of the Hardening engine.
  public static let all: [Rule] = podChecks.map(\.rule) + snapshotChecks.map(\.rule)
}

import KubeModel

/// Notes (informational) that Secrets exist but no external secret store is in use: no
/// ExternalSecret, SealedSecret or CSI SecretProviderClass objects.
public struct ExternalSecretStoreCheck: SnapshotCheck {
  /// `secrets.no-external-store`.
  public static let rule = Rule(
    id: "secrets.no-external-store", domain: .secrets, severity: .info,
    title: "No external secret store detected",
    summary: "The snapshot has Secrets but no ExternalSecret/SecretStore, SealedSecret or "
      + "SecretProviderClass objects. Heuristic and informational: a store may be used in ways "
      + "the snapshot cannot show.",
    rationale: "Secrets created by hand or from Git live only in etcd and manifests; an "
      + "external store gives rotation, audit and a single place to revoke.",
    remediation: "Consider External Secrets Operator, Sealed Secrets or the Secrets Store CSI "
      + "driver.",
    references: ["CIS 5.4.2"])

  /// Kinds whose presence shows an external secret store.
  static let storeKinds: Set<String> = [
    "ExternalSecret", "ClusterExternalSecret", "SecretStore", "ClusterSecretStore",
    "SealedSecret", "SecretProviderClass",
  ]

  /// Creates the check.
  public init() {}

  /// One cluster-wide finding when Secrets exist and no store object does.
  ///
  /// - Complexity: O(*n*) in the objects it examines.
  public func findings(in review: SnapshotReview) -> [Finding] {
    let snapshot = review.snapshot
    guard !snapshot.secrets.isEmpty else { return [] }
    let present =
      snapshot.otherObjects.contains { Self.storeKinds.contains($0.kind) }
      || snapshot.unknownKinds.keys.contains { Self.storeKinds.contains($0) }
    guard !present else { return [] }
    return [
      Finding(
        Self.rule, target: SnapshotReview.clusterTarget,
        message: "\(snapshot.secrets.count) Secrets and no external secret store objects "
          + "(heuristic)")
    ]
  }
}

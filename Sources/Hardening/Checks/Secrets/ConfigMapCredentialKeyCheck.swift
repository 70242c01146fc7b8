import KubeModel

/// Flags ConfigMap keys named like credentials (heuristic on key names; values are never
/// loaded).
public struct ConfigMapCredentialKeyCheck: SnapshotCheck {
  /// `secrets.configmap-credential-key`.
  public static let rule = Rule(
    id: "secrets.configmap-credential-key", domain: .secrets, severity: .medium,
    title: "Credential-like key in a ConfigMap",
    summary: "A ConfigMap key named like a credential (password, token, secret, api key, "
      + "private key, …). Heuristic: only the key name is matched.",
    rationale: "ConfigMaps are not Secrets: they are readable by far more subjects, not "
      + "encrypted at rest and printed by every `kubectl get -o yaml`.",
    remediation: "Move the value into a Secret (or an external secret store) and reference it "
      + "from there.",
    references: ["CIS 5.4.1"])

  /// Creates the check.
  public init() {}

  /// One finding per ConfigMap with credential-like keys.
  ///
  /// - Complexity: O(*n*) in the objects it examines.
  public func findings(in review: SnapshotReview) -> [Finding] {
    review.snapshot.configMaps.compactMap { map in
      let keys = map.keys.filter(SecretLikeName.matches)
      guard let first = keys.first else { return nil }
      return Finding(
        Self.rule,
        target: FindingTarget(
          kind: "ConfigMap", namespace: map.metadata.namespace ?? "default", name: map.metadata.name
        ),
        message: "ConfigMap \(map.metadata.name) has credential-like keys "
          + keys.joined(separator: ", "),
        fieldPath: "data[\(first)]", value: keys.joined(separator: ","))
    }
  }
}

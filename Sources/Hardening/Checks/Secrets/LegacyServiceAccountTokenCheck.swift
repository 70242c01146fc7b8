import KubeModel

/// Flags legacy long-lived ServiceAccount token Secrets.
public struct LegacyServiceAccountTokenCheck: SnapshotCheck {
  /// `secrets.legacy-sa-token`.
  public static let rule = Rule(
    id: "secrets.legacy-sa-token", domain: .secrets, severity: .medium,
    title: "Legacy ServiceAccount token Secret",
    summary: "A Secret of type `kubernetes.io/service-account-token`.",
    rationale: "These tokens never expire and are not bound to a pod: anyone who can read the "
      + "Secret holds the account's permissions for as long as the Secret exists.",
    remediation: "Delete the Secret and use short-lived tokens (projected volumes, "
      + "`kubectl create token`, TokenRequest).",
    references: ["CIS 5.1.6", "KEP-2799 (LegacyServiceAccountTokenCleanUp)"])

  /// Creates the check.
  public init() {}

  /// One finding per token Secret.
  ///
  /// - Complexity: O(*n*) in the objects it examines.
  public func findings(in review: SnapshotReview) -> [Finding] {
    review.snapshot.secrets.filter { $0.type == Secret.serviceAccountTokenType }.map { secret in
      let account = secret.serviceAccountName ?? "unknown"
      return Finding(
        Self.rule,
        target: FindingTarget(
          kind: "Secret", namespace: secret.metadata.namespace ?? "default",
          name: secret.metadata.name),
        message:
          "Secret \(secret.metadata.name) is a long-lived token of ServiceAccount \(account)",
        fieldPath: "type", value: secret.type)
    }
  }
}

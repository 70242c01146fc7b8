import KubeModel

/// Flags literal environment values on credential-like names, or values that look like keys.
///
/// A redacted value (`<redacted>`) still counts: a literal was present.
public struct EnvLiteralSecretCheck: PodCheck {
  /// `secrets.env-literal`.
  public static let rule = Rule(
    id: "secrets.env-literal", domain: .secrets, severity: .high,
    title: "Secret as a literal env value",
    summary: "`env[*].value` set on a name containing secret, passw, pwd, token, apikey, "
      + "access_key, private_key, credential or ending in _KEY, or a value that looks like a "
      + "key (AKIA…, -----BEGIN, a JWT). Heuristic: names are matched, values are not verified.",
    rationale: "Literal values live in the manifest, in Git, in `kubectl get -o yaml` output "
      + "and in the pod spec every reader of the namespace can see.",
    remediation: "Move the value into a Secret (ideally synced from an external store) and "
      + "mount it as a file, or reference it with `valueFrom.secretKeyRef`.",
    references: [
      "Polaris sensitiveContainerEnvVar", "Kubescape C-0012", "kube-linter env-var-secret",
    ])

  /// Creates the check.
  public init() {}

  /// One violation per container with credential-like literals.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    pod.containers.compactMap { c in
      let names = c.container.env.filter(Self.isLiteralSecret).map(\.name)
      guard let first = names.first else { return nil }
      return c.violation(
        "container \(c.name) sets \(names.joined(separator: ", ")) as a literal value",
        at: "env[name=\(first)].value", value: names.joined(separator: ","))
    }
  }

  /// Whether an env var holds a credential-like literal.
  static func isLiteralSecret(_ env: EnvVar) -> Bool {
    guard let value = env.value, !value.isEmpty, !value.hasPrefix("$(") else { return false }
    return SecretLikeName.looksLikeKey(value) || SecretLikeName.matches(env.name)
  }
}

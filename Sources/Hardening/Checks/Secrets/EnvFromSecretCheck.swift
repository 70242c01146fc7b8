import KubeModel

/// Flags Secrets exposed as environment variables where a volume would do.
public struct EnvFromSecretCheck: PodCheck {
  /// `secrets.env-from-secret`.
  public static let rule = Rule(
    id: "secrets.env-from-secret", domain: .secrets, severity: .low,
    title: "Secret exposed as environment variables",
    summary: "`env[*].valueFrom.secretKeyRef` or `envFrom[*].secretRef`.",
    rationale: "Environment variables leak into crash dumps, logs, child processes and "
      + "`/proc/<pid>/environ`; files in a Secret volume are narrower and can be rotated.",
    remediation: "Mount the Secret as a volume and read the file.",
    references: [
      "CIS 5.4.1", "Checkov CKV_K8S_35", "Kubescape C-0207", "kube-linter read-secret-from-env-var",
    ])

  /// Creates the check.
  public init() {}

  /// One violation per container reading Secrets through the environment.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    pod.containers.compactMap { c in
      let keyed = c.container.env.filter { $0.valueFrom?.secretKeyRef != nil }
      let whole = c.container.envFrom.compactMap { $0.secretRef?.name }
      guard !keyed.isEmpty || !whole.isEmpty else { return nil }
      let secrets = Set(keyed.compactMap { $0.valueFrom?.secretKeyRef?.name } + whole).sorted()
      let path = keyed.first.map { "env[name=\($0.name)].valueFrom.secretKeyRef" } ?? "envFrom"
      return c.violation(
        "container \(c.name) reads Secret \(secrets.joined(separator: ", ")) from the environment",
        at: path, value: secrets.joined(separator: ","))
    }
  }
}

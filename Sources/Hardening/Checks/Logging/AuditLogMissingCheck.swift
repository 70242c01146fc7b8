import KubeModel

/// Flags a kube-apiserver pod in kube-system (self-managed control planes) started without an audit
/// policy or an audit destination.
///
/// Heuristic: reads the command line only.
public struct AuditLogMissingCheck: PodCheck {
  /// `logging.audit-log-missing`.
  public static let rule = Rule(
    id: "logging.audit-log-missing", domain: .logging, severity: .low,
    title: "API server audit logging not configured",
    summary: "A kube-apiserver container in kube-system without `--audit-policy-file`, or "
      + "without `--audit-log-path`/`--audit-webhook-config-file`. Heuristic: only visible on "
      + "self-managed clusters whose control plane runs as pods.",
    rationale: "Without audit logs nobody can tell who read a Secret, created a privileged pod "
      + "or changed a binding; every other control loses its evidence.",
    remediation: "Start kube-apiserver with `--audit-policy-file` and `--audit-log-path` (or a "
      + "webhook backend) and ship the log off the node.",
    references: ["CIS 1.2.16-1.2.19", "CIS 3.2.1"])

  /// Creates the check.
  public init() {}

  /// A violation per kube-apiserver container missing the flags.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    guard pod.namespace == "kube-system" else { return [] }
    return pod.containers.compactMap { c in
      let line = c.container.command + c.container.args
      guard line.contains(where: { $0.hasSuffix("kube-apiserver") }) || c.name == "kube-apiserver"
      else { return nil }
      func has(_ flag: String) -> Bool { line.contains { $0 == flag || $0.hasPrefix(flag + "=") } }
      let missing = [
        has("--audit-policy-file") ? nil : "--audit-policy-file",
        has("--audit-log-path") || has("--audit-webhook-config-file") ? nil : "--audit-log-path",
      ].compactMap { $0 }
      guard !missing.isEmpty else { return nil }
      return c.violation(
        "kube-apiserver runs without \(missing.joined(separator: " and ")) (heuristic)",
        at: "command", value: "missing " + missing.joined(separator: ","))
    }
  }
}

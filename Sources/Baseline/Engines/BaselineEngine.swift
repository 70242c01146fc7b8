import KubeModel

/// One analysis engine as the baseline sees it: its rules and a function producing findings
/// against them.
public struct BaselineEngine: Sendable {
  /// A short name, for example `hardening`.
  public var name: String
  /// The engine's rules (ids unique across all engines).
  public var rules: [Rule]
  /// Produces the engine's findings for a snapshot.
  public var findings: @Sendable (Snapshot, BaselineContext) -> [Finding]

  /// Creates an engine entry.
  public init(
    name: String, rules: [Rule],
    findings: @escaping @Sendable (Snapshot, BaselineContext) -> [Finding]
  ) {
    self.name = name
    self.rules = rules
    self.findings = findings
  }
}

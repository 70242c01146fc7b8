/// A rule of the baseline: what it flags, why, how to fix it, and where it comes from.
public struct Rule: Codable, Sendable, Hashable, Identifiable {
  /// Stable id, for example `workload.privileged` or `rbac.wildcard-grant`.
  public var id: String
  /// The domain it belongs to.
  public var domain: Domain
  /// Default severity of its findings.
  public var severity: Severity
  /// A short title.
  public var title: String
  /// What it flags.
  public var summary: String
  /// Why it matters (the risk).
  public var rationale: String
  /// How to fix it.
  public var remediation: String
  /// References: PSS control, CIS benchmark ids, documentation.
  public var references: [String]
  /// The Pod Security Standards level and control, for PSS rules.
  public var pss: PSSControl?

  /// Creates a rule.
  public init(
    id: String, domain: Domain, severity: Severity, title: String, summary: String,
    rationale: String, remediation: String, references: [String] = [], pss: PSSControl? = nil
  ) {
    self.id = id
    self.domain = domain
    self.severity = severity
    self.title = title
    self.summary = summary
    self.rationale = rationale
    self.remediation = remediation
    self.references = references
    self.pss = pss
  }
}

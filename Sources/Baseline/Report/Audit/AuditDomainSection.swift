import KubeModel

/// The evidence for one domain: what the baseline requires, the controls checked, the current
/// state and the documented deviations.
public struct AuditDomainSection: Sendable {
  /// The domain.
  public let domain: Domain
  /// What the baseline requires in this domain, in a short paragraph.
  public let statement: String
  /// The controls checked: the domain's rules, by id, with their findings by status.
  public let controls: [Control]
  /// The domain's findings counted by status and severity.
  public let counts: StatusCounts
  /// Domain figures (admins, isolated namespaces, workloads per PSS level, …).
  public let figures: [AuditFigure]
  /// Findings that count (open or expired exception) at high severity or above, report order.
  public let findingsToFix: [BaselineFinding]
  /// The active (and expiring) exceptions covering findings of this domain, by id.
  public let deviations: [AuditDeviation]

  /// One control and its result.
  public struct Control: Sendable, Hashable {
    /// The rule.
    public var rule: Rule
    /// Its findings by status and severity.
    public var counts: StatusCounts
  }

  /// The severities whose counting findings are listed one by one in ``findingsToFix``.
  public static let listedSeverities: Set<Severity> = [.critical, .high]

  /// Builds a domain's section.
  ///
  /// - Complexity: O(*f* + *r* + *e*) for findings, rules and exceptions.
  init(
    domain: Domain, report: BaselineReport, audits: [ExceptionEvaluation.Audit],
    figures: [AuditFigure]
  ) {
    self.domain = domain
    statement = BaselineStatement.text(for: domain)
    let findings = report.findings.filter { $0.finding.domain == domain }
    let byRule = Dictionary(grouping: findings, by: \.finding.rule)
    controls = report.catalogue.rules(in: domain).map {
      Control(rule: $0, counts: StatusCounts(byRule[$0.id] ?? []))
    }
    counts = StatusCounts(findings)
    self.figures = figures
    findingsToFix = findings.filter {
      $0.status.counts && Self.listedSeverities.contains($0.finding.severity)
    }
    deviations = audits.compactMap { audit in
      guard audit.status == .active || audit.status == .expiring else { return nil }
      let covered = audit.findings.map { report.findings[$0] }.filter {
        $0.finding.domain == domain && $0.status == .excepted
      }
      return covered.isEmpty ? nil : AuditDeviation(audit: audit, findings: covered)
    }
  }
}

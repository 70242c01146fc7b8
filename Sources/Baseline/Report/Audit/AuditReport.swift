import KubeModel

/// The audit evidence of a snapshot: per domain the baseline statement, the controls checked,
/// the current state with figures and every documented deviation; then the exceptions that need
/// attention (expired, stale, invalid) and the snapshot's provenance.
///
/// A model only: ``AuditMarkdown`` and ``AuditHTML`` render it.
public struct AuditReport: Sendable {
  /// The day statuses and expiry were judged against.
  public let today: CalendarDate
  /// Where the snapshot came from and what it lacks.
  public let provenance: AuditProvenance
  /// One section per domain, in ``Domain`` order.
  public let sections: [AuditDomainSection]
  /// Every finding counted by status and severity, all domains together.
  public let totals: StatusCounts
  /// The audit of every exception, sorted by id.
  public let exceptions: [ExceptionEvaluation.Audit]

  /// Builds the evidence from a report whose statuses came from the same exceptions file.
  ///
  /// - Parameters:
  ///   - report: the baseline report (statuses from ``ExceptionStatuses`` with `exceptions`).
  ///   - context: the analyses the report was built from (for the domain figures).
  /// - Complexity: O(*f* · *e*) for *f* findings and *e* exceptions (see
  ///   ``ExceptionEvaluation``), plus O(*f* + *r*) to group findings and rules by domain.
  public init(
    snapshot: Snapshot, report: BaselineReport, context: BaselineContext,
    exceptions file: ExceptionFile, today: CalendarDate
  ) {
    let evaluation = ExceptionEvaluation(
      file: file, findings: report.findings.map(\.finding),
      knownRules: Set(report.catalogue.rules.map(\.id)), today: today)
    self.today = today
    provenance = AuditProvenance(Inventory(snapshot))
    exceptions = evaluation.audits
    totals = StatusCounts(report.findings)
    let facts = DomainFacts(snapshot: snapshot, report: report, context: context)
    sections = Domain.allCases.map { domain in
      AuditDomainSection(
        domain: domain, report: report, audits: evaluation.audits,
        figures: facts.figures(for: domain))
    }
  }

  /// Exceptions with one of these statuses, in id order.
  public func exceptions(_ statuses: Set<ExceptionStatus>) -> [ExceptionEvaluation.Audit] {
    exceptions.filter { statuses.contains($0.status) }
  }

  /// Exceptions that use a name pattern (`match: prefix|glob`).
  public var broadExceptions: [ExceptionEvaluation.Audit] { exceptions.filter(\.isBroad) }
}

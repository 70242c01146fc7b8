import KubeModel

/// One documented deviation: an exception and the findings it covers in this snapshot.
public struct AuditDeviation: Sendable, Hashable {
  /// The exception's audit (entry, status, days left).
  public var audit: ExceptionEvaluation.Audit
  /// The findings it covers, in report order.
  public var findings: [BaselineFinding]

  /// Creates a deviation.
  public init(audit: ExceptionEvaluation.Audit, findings: [BaselineFinding]) {
    self.audit = audit
    self.findings = findings
  }

  /// The exception.
  public var entry: ExceptionEntry { audit.entry }
}

import KubeModel

/// Resolves finding statuses from an exceptions file: excepted, expired or open.
public struct ExceptionStatuses: FindingStatusResolver {
  /// The exceptions.
  public var file: ExceptionFile
  /// The day expiry is judged against.
  public var today: CalendarDate

  /// Creates a resolver.
  public init(file: ExceptionFile, today: CalendarDate = .today()) {
    self.file = file
    self.today = today
  }

  /// Applies the file to the findings, in order.
  ///
  /// - Complexity: that of ``ExceptionEvaluation``.
  public func resolve(_ findings: [Finding], catalogue: RuleCatalogue) -> [BaselineFinding] {
    let evaluation = ExceptionEvaluation(
      file: file, findings: findings, knownRules: Set(catalogue.rules.map(\.id)), today: today)
    return findings.indices.map {
      BaselineFinding(
        findings[$0], status: evaluation.statuses[$0], exception: evaluation.exceptionIDs[$0])
    }
  }
}

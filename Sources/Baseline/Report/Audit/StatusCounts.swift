import KubeModel

/// Findings counted by status and severity.
public struct StatusCounts: Sendable, Hashable {
  private var counts: [FindingStatus: [Severity: Int]]

  /// Counts findings.
  ///
  /// - Complexity: O(*n*) in the number of findings.
  public init(_ findings: some Sequence<BaselineFinding>) {
    counts = [:]
    for item in findings {
      counts[item.status, default: [:]][item.finding.severity, default: 0] += 1
    }
  }

  /// Findings with this status and severity.
  public func count(_ status: FindingStatus, _ severity: Severity) -> Int {
    counts[status]?[severity] ?? 0
  }

  /// Findings with this status, any severity.
  public func count(_ status: FindingStatus) -> Int {
    counts[status]?.values.reduce(0, +) ?? 0
  }

  /// Every finding counted.
  public var total: Int { FindingStatus.allCases.reduce(0) { $0 + count($1) } }
}

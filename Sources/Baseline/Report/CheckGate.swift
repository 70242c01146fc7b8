import KubeModel

/// The verdict of `kbaseline check`: the findings that count (open, or excepted by an expired
/// exception) at or above a severity.
public struct CheckGate: Sendable {
  /// The lowest severity that fails the check.
  public let threshold: Severity
  /// The findings that fail it, in report order.
  public let failing: [BaselineFinding]
  /// Findings at or above the threshold that active exceptions cover.
  public let excepted: Int

  /// Judges a report.
  ///
  /// - Complexity: O(*f*) in the number of findings.
  public init(_ report: BaselineReport, failOn threshold: Severity) {
    self.threshold = threshold
    let relevant = report.findings.filter { $0.finding.severity >= threshold }
    failing = relevant.filter(\.status.counts)
    excepted = relevant.count - failing.count
  }

  /// Whether the check passes.
  public var passed: Bool { failing.isEmpty }

  /// One line per failing finding: severity, rule, target, message, and
  /// `(expired EXC-…)` when an expired exception matched it.
  public var lines: [String] {
    failing.map { item in
      let f = item.finding
      let expired = item.status == .expired ? " (expired \(item.exception ?? "exception"))" : ""
      return "\(f.severity.rawValue)  \(f.rule)  \(f.target)  \(f.message)\(expired)"
    }
  }
}

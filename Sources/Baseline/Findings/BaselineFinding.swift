import KubeModel

/// A finding with its status, as `kbaseline findings` reports it.
public struct BaselineFinding: Sendable, Hashable {
  /// The finding.
  public var finding: Finding
  /// Open, excepted or expired.
  public var status: FindingStatus
  /// The exception that decided the status (`nil` when open).
  public var exception: String?

  /// Creates a finding with a status.
  public init(_ finding: Finding, status: FindingStatus = .open, exception: String? = nil) {
    self.finding = finding
    self.status = status
    self.exception = exception
  }

  /// Findings in report order: severity (highest first), then rule id, then the order the
  /// engines produced them (Hardening: workloads by namespace, kind and name, containers in
  /// pod order), which keeps the output stable.
  ///
  /// Sorts packed integer keys rather than the findings themselves, so 10⁶ findings sort in
  /// milliseconds.
  ///
  /// - Complexity: O(*n* log *n*).
  public static func inReportOrder(_ findings: [Finding], catalogue: RuleCatalogue) -> [Finding] {
    let rank = Dictionary(
      uniqueKeysWithValues: catalogue.rules.enumerated().map { ($1.id, UInt64($0)) })
    let unknown = UInt64(catalogue.rules.count)
    var keys = findings.enumerated().map { index, finding -> UInt64 in
      let severity = UInt64(Severity.allCases.count - 1 - Self.rank(finding.severity))
      return severity << 56 | (rank[finding.rule] ?? unknown) << 32 | UInt64(index)
    }
    keys.sort()
    return keys.map { findings[Int($0 & 0xFFFF_FFFF)] }
  }

  /// The position of a severity from `info` (0) to `critical` (4).
  private static func rank(_ severity: Severity) -> Int {
    switch severity {
    case .info: 0
    case .low: 1
    case .medium: 2
    case .high: 3
    case .critical: 4
    }
  }
}

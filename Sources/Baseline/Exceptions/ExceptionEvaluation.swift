import KubeModel

/// Applies an exceptions file to a set of findings: the status of every finding, and the audit
/// status of every exception.
public struct ExceptionEvaluation: Sendable {
  /// Exceptions with this many days or fewer left are `expiring`.
  public static let expiringWithinDays = 30

  /// One exception's audit result.
  public struct Audit: Sendable, Hashable {
    /// The exception.
    public var entry: ExceptionEntry
    /// Its status.
    public var status: ExceptionStatus
    /// Why it is invalid, when it is.
    public var problem: String?
    /// Indices of the findings it matches (whatever its expiry).
    public var findings: [Int]
    /// Whether it uses a name pattern.
    public var isBroad: Bool { entry.target.isBroad }
    /// Days left until expiry (negative once expired); `nil` when the date is invalid.
    public var daysLeft: Int?
  }

  /// For each finding (same order as given), its status.
  public let statuses: [FindingStatus]
  /// For each finding, the exception that decided its status (`nil` when open).
  public let exceptionIDs: [String?]
  /// The audit of each exception, in file order (sorted by id).
  public let audits: [Audit]

  /// Evaluates `file` against `findings`.
  ///
  /// - Parameters:
  ///   - knownRules: rule ids of the catalogue; an exception for another id is invalid.
  ///   - today: the day expiry is judged against.
  /// - Complexity: O(*f* · *e*) for *f* findings and *e* exceptions, with a rule index that makes
  ///   it O(*f* + matches) in practice.
  public init(
    file: ExceptionFile, findings: [Finding], knownRules: Set<String>, today: CalendarDate
  ) {
    var byRule: [String: [Int]] = [:]
    for (index, finding) in findings.enumerated() {
      byRule[finding.rule, default: []].append(index)
    }
    var statuses = [FindingStatus](repeating: .open, count: findings.count)
    var deciders = [String?](repeating: nil, count: findings.count)
    var audits: [Audit] = []
    for entry in file.sortedEntries {
      let expiry = entry.expiryDate
      let problem: String? =
        !knownRules.contains(entry.rule)
        ? "unknown rule \(entry.rule)"
        : expiry == nil
          ? "expires is not a date (YYYY-MM-DD): \(entry.expires)"
          : entry.created.flatMap { CalendarDate($0) == nil ? "created is not a date: \($0)" : nil }
      let matched = (byRule[entry.rule] ?? []).filter { entry.covers(findings[$0]) }
      let daysLeft = expiry.map { today.days(until: $0) }
      let status = Self.status(problem: problem, matched: matched.count, daysLeft: daysLeft)
      if problem == nil {
        for index in matched {
          if status == .expired {
            if statuses[index] == .open {
              (statuses[index], deciders[index]) = (.expired, entry.id)
            }
          } else {
            (statuses[index], deciders[index]) = (.excepted, entry.id)
          }
        }
      }
      audits.append(
        Audit(entry: entry, status: status, problem: problem, findings: matched, daysLeft: daysLeft)
      )
    }
    self.statuses = statuses
    exceptionIDs = deciders
    self.audits = audits
  }

  private static func status(problem: String?, matched: Int, daysLeft: Int?) -> ExceptionStatus {
    guard problem == nil, let daysLeft else { return .invalid }
    if daysLeft < 0 { return .expired }
    if matched == 0 { return .stale }
    return daysLeft <= expiringWithinDays ? .expiring : .active
  }
}

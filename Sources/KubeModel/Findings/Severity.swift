/// How serious a finding is, from `info` to `critical`.
public enum Severity: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
  /// Informational.
  case info
  /// Low.
  case low
  /// Medium.
  case medium
  /// High.
  case high
  /// Critical: immediate node or cluster escape.
  case critical

  private var rank: Int { Self.allCases.firstIndex(of: self)! }

  /// Orders from `info` (lowest) to `critical`.
  public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// The audit status of an exception against a snapshot.
public enum ExceptionStatus: String, Codable, Sendable, Hashable, CaseIterable {
  /// In force and covering at least one finding.
  case active
  /// In force, but expiring within ``ExceptionEvaluation/expiringWithinDays`` days.
  case expiring
  /// Past its expiry date: its findings count again, flagged as expired exceptions.
  case expired
  /// Covers no finding in this snapshot (fixed, renamed, or never matched).
  case stale
  /// Cannot be applied: unknown rule or bad date.
  case invalid
}

/// Whether a finding counts, given the exceptions file.
public enum FindingStatus: String, Codable, Sendable, Hashable, CaseIterable {
  /// No exception applies.
  case open
  /// An active exception applies.
  case excepted
  /// The only exceptions that match have expired; the finding counts as open.
  case expired

  /// Whether the finding counts against the baseline (`check` fails on it).
  public var counts: Bool { self != .excepted }
}

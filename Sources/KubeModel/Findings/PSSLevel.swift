/// A Pod Security Standards level, ordered from least to most restrictive.
public enum PSSLevel: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
  /// Unrestricted.
  case privileged
  /// Prevents known privilege escalations.
  case baseline
  /// Current pod hardening best practice.
  case restricted

  private var rank: Int { Self.allCases.firstIndex(of: self)! }

  /// Orders `privileged` < `baseline` < `restricted`.
  public static func < (a: PSSLevel, b: PSSLevel) -> Bool { a.rank < b.rank }
}

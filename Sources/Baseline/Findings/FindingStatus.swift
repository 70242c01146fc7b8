/// Whether a finding is open or covered by an exception.
public enum FindingStatus: Sendable, Hashable {
  /// No exception applies.
  case open
  /// An active exception applies (its id).
  case excepted(exception: String)
  /// The only matching exception has expired (its id); counts as open for checks.
  case expired(exception: String)

  /// `open`, `excepted` or `expired`, as the JSON contract writes it.
  public var name: String {
    switch self {
    case .open: "open"
    case .excepted: "excepted"
    case .expired: "expired"
    }
  }

  /// The id of the exception involved, if any.
  public var exception: String? {
    switch self {
    case .open: nil
    case .excepted(let id), .expired(let id): id
    }
  }

  /// Whether the finding counts against the baseline (open or expired).
  public var countsAsOpen: Bool {
    if case .excepted = self { return false }
    return true
  }
}

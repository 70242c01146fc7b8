/// Spreads a total over slots exactly and deterministically.
///
/// Slot *i* of *n* receives ⌊(i+1)·total/n⌋ − ⌊i·total/n⌋, so the shares sum to `total` and
/// differ by at most one. ``clumped(total:slots:size:)`` first picks evenly spaced recipient
/// slots, so objects that come in groups (a deny-all policy and its allows) stay together.
public struct EvenSpread: Sendable {
  /// The share of each slot.
  public let shares: [Int]

  /// Spreads `total` over `slots` slots.
  ///
  /// - Complexity: O(*slots*).
  public init(total: Int, slots: Int) {
    shares = Self.spread(total, slots)
  }

  /// Spreads `total` over about `total / size` evenly spaced recipient slots of `slots`.
  ///
  /// - Complexity: O(*slots*).
  public static func clumped(total: Int, slots: Int, size: Int) -> EvenSpread {
    let recipients = min(slots, max(1, (total + size - 1) / max(1, size)))
    let chosen = spread(recipients, slots)
    let amounts = spread(total, recipients)
    var shares = Array(repeating: 0, count: slots)
    var next = 0
    for slot in 0..<slots where chosen[slot] == 1 {
      shares[slot] = amounts[next]
      next += 1
    }
    return EvenSpread(shares: shares)
  }

  private init(shares: [Int]) { self.shares = shares }

  private static func spread(_ total: Int, _ slots: Int) -> [Int] {
    guard slots > 0 else { return [] }
    return (0..<slots).map { i in (i + 1) * total / slots - i * total / slots }
  }
}

/// Spreads a total over slots exactly and deterministically.
///
/// Slot *i* of *n* receives ⌊(i+1)·total/n⌋ − ⌊i·total/n⌋, so the shares sum to `total` and
/// differ by at most one. ``clumped(total:slots:size:)`` first picks evenly spaced recipient
/// slots, so objects that come in groups (a deny-all policy and its allows) stay together;
/// ``weighted(total:weights:)`` gives skewed shares (big and small namespaces).
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

  /// Spreads `total` in proportion to `weights` (all non-negative, at least one positive):
  /// slot *i* receives ⌊total·W≤i/W⌋ − ⌊total·W<i/W⌋ where W are cumulative weights.
  ///
  /// - Complexity: O(*weights*).
  public static func weighted(total: Int, weights: [Int]) -> EvenSpread {
    let sum = weights.reduce(0, +)
    guard sum > 0 else { return EvenSpread(total: total, slots: weights.count) }
    var before = 0
    var shares: [Int] = []
    shares.reserveCapacity(weights.count)
    for weight in weights {
      shares.append(total * (before + weight) / sum - total * before / sum)
      before += weight
    }
    return EvenSpread(shares: shares)
  }

  private init(shares: [Int]) { self.shares = shares }

  private static func spread(_ total: Int, _ slots: Int) -> [Int] {
    guard slots > 0 else { return [] }
    return (0..<slots).map { i in (i + 1) * total / slots - i * total / slots }
  }
}

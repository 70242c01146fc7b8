/// A partition of the IPv4 space into the maximal ranges on which membership in every
/// contributed ipBlock is constant: each range is one external peer (np-guard's
/// `getDisjointIPBlocks`).
public struct ExternalAtoms: Sendable, Hashable {
  /// The atoms, ascending and covering 0.0.0.0–255.255.255.255.
  public let ranges: [ClosedRange<UInt32>]

  /// Partitions the address space by the boundaries of `sets`.
  ///
  /// - Complexity: O(*b* log *b*) in the number of range boundaries.
  public init(sets: [IPv4Ranges]) {
    var cuts: Set<UInt64> = [0, 1 << 32]
    for set in sets {
      for range in set.ranges {
        cuts.insert(UInt64(range.lowerBound))
        cuts.insert(UInt64(range.upperBound) + 1)
      }
    }
    let sorted = cuts.sorted()
    ranges = zip(sorted, sorted.dropFirst()).map { UInt32($0)...UInt32($1 - 1) }
  }

  /// The index of the atom holding an address.
  ///
  /// - Complexity: O(log *n*).
  public func index(of address: UInt32) -> Int {
    var lo = 0
    var hi = ranges.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if ranges[mid].lowerBound <= address { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }

  /// The indices of the atoms inside a set (atoms never straddle a contributed set).
  ///
  /// - Complexity: O(*r* log *n* + *k*) for *r* ranges and *k* atoms returned.
  public func indices(inside set: IPv4Ranges) -> [Int] {
    var out: [Int] = []
    for range in set.ranges {
      var i = index(of: range.lowerBound)
      while i < ranges.count && ranges[i].upperBound <= range.upperBound {
        out.append(i)
        i += 1
      }
    }
    return out
  }

  /// np-guard's peer name for an atom: `first-last[External]`.
  public func name(_ index: Int) -> String {
    let range = ranges[index]
    return "\(IPv4Ranges.text(range.lowerBound))-\(IPv4Ranges.text(range.upperBound))[External]"
  }
}

/// A set of ports of one protocol: sorted, disjoint, non-adjacent closed ranges in 1…65535.
public struct PortRanges: Sendable, Hashable, CustomStringConvertible {
  /// The ranges, ascending, with gaps between them.
  public private(set) var ranges: [ClosedRange<Int>]

  /// Every port, 1–65535.
  public static let full = PortRanges(ranges: [1...65535])
  /// No port.
  public static let empty = PortRanges(ranges: [])

  private init(ranges: [ClosedRange<Int>]) { self.ranges = ranges }

  /// Creates a set from any ranges (clamped to 1…65535, sorted and merged).
  ///
  /// - Complexity: O(*n* log *n*) in the number of ranges.
  public init<S: Sequence>(normalizing input: S) where S.Element == ClosedRange<Int> {
    let clamped = input.compactMap { range -> ClosedRange<Int>? in
      let lo = max(range.lowerBound, 1)
      let hi = min(range.upperBound, 65535)
      return lo <= hi ? lo...hi : nil
    }.sorted { $0.lowerBound < $1.lowerBound }
    var merged: [ClosedRange<Int>] = []
    merged.reserveCapacity(clamped.count)
    for range in clamped {
      if let last = merged.last, range.lowerBound <= last.upperBound + 1 {
        merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
      } else {
        merged.append(range)
      }
    }
    ranges = merged
  }

  /// `true` when no port is in the set.
  public var isEmpty: Bool { ranges.isEmpty }

  /// `true` when every port 1–65535 is in the set.
  public var isFull: Bool { ranges.count == 1 && ranges[0] == 1...65535 }

  /// Whether the set holds a port.
  ///
  /// - Complexity: O(log *n*).
  public func contains(_ port: Int) -> Bool {
    var lo = 0
    var hi = ranges.count - 1
    while lo <= hi {
      let mid = (lo + hi) / 2
      if ranges[mid].upperBound < port {
        lo = mid + 1
      } else if ranges[mid].lowerBound > port {
        hi = mid - 1
      } else {
        return true
      }
    }
    return false
  }

  /// The ports in either set.
  ///
  /// - Complexity: O(*n* + *m*) after sorting, in the numbers of ranges.
  public func union(_ other: PortRanges) -> PortRanges {
    if other.ranges.isEmpty || isFull || ranges == other.ranges { return self }
    if ranges.isEmpty || other.isFull { return other }
    var merged: [ClosedRange<Int>] = []
    merged.reserveCapacity(ranges.count + other.ranges.count)
    var i = 0
    var j = 0
    while i < ranges.count || j < other.ranges.count {
      let next: ClosedRange<Int>
      if j >= other.ranges.count
        || (i < ranges.count && ranges[i].lowerBound <= other.ranges[j].lowerBound)
      {
        next = ranges[i]
        i += 1
      } else {
        next = other.ranges[j]
        j += 1
      }
      if let last = merged.last, next.lowerBound <= last.upperBound + 1 {
        merged[merged.count - 1] = last.lowerBound...max(last.upperBound, next.upperBound)
      } else {
        merged.append(next)
      }
    }
    return PortRanges(ranges: merged)
  }

  /// The ports in both sets.
  ///
  /// - Complexity: O(*n* + *m*) in the numbers of ranges.
  public func intersection(_ other: PortRanges) -> PortRanges {
    if isFull { return other }
    if other.isFull { return self }
    var out: [ClosedRange<Int>] = []
    var i = 0
    var j = 0
    while i < ranges.count && j < other.ranges.count {
      let a = ranges[i]
      let b = other.ranges[j]
      let lo = max(a.lowerBound, b.lowerBound)
      let hi = min(a.upperBound, b.upperBound)
      if lo <= hi { out.append(lo...hi) }
      if a.upperBound < b.upperBound { i += 1 } else { j += 1 }
    }
    return PortRanges(ranges: out)
  }

  /// The ports of this set that are not in `other`.
  ///
  /// - Complexity: O(*n* + *m*) in the numbers of ranges.
  public func subtracting(_ other: PortRanges) -> PortRanges {
    var complement: [ClosedRange<Int>] = []
    var next = 1
    for range in other.ranges {
      if range.lowerBound > next { complement.append(next...(range.lowerBound - 1)) }
      next = range.upperBound + 1
    }
    if next <= 65535 { complement.append(next...65535) }
    return intersection(PortRanges(ranges: complement))
  }

  /// np-guard text: `80,8080-8090`; `1-65535` when full.
  public var description: String {
    ranges.map {
      $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)-\($0.upperBound)"
    }
    .joined(separator: ",")
  }
}

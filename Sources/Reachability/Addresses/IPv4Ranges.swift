/// A set of IPv4 addresses: sorted, disjoint, non-adjacent closed ranges of 32-bit values.
public struct IPv4Ranges: Sendable, Hashable {
  /// The ranges, ascending.
  public private(set) var ranges: [ClosedRange<UInt32>]

  /// Every IPv4 address.
  public static let everything = IPv4Ranges(sorted: [0...UInt32.max])
  /// No address.
  public static let empty = IPv4Ranges(sorted: [])

  private init(sorted: [ClosedRange<UInt32>]) { ranges = sorted }

  /// Creates a set from any ranges (sorted and merged).
  ///
  /// - Complexity: O(*n* log *n*).
  public init<S: Sequence>(normalizing input: S) where S.Element == ClosedRange<UInt32> {
    var merged: [ClosedRange<UInt32>] = []
    for range in input.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      if let last = merged.last,
        last.upperBound == UInt32.max || range.lowerBound <= last.upperBound + 1
      {
        merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
      } else {
        merged.append(range)
      }
    }
    ranges = merged
  }

  /// `true` when the set holds no address.
  public var isEmpty: Bool { ranges.isEmpty }

  /// Whether the set holds an address.
  ///
  /// - Complexity: O(log *n*).
  public func contains(_ address: UInt32) -> Bool {
    var lo = 0
    var hi = ranges.count - 1
    while lo <= hi {
      let mid = (lo + hi) / 2
      if ranges[mid].upperBound < address {
        lo = mid + 1
      } else if ranges[mid].lowerBound > address {
        hi = mid - 1
      } else {
        return true
      }
    }
    return false
  }

  /// Whether every address of `other` is in this set.
  ///
  /// - Complexity: O(*m* log *n*).
  public func contains(_ other: IPv4Ranges) -> Bool {
    other.subtracting(self).isEmpty
  }

  /// The addresses of this set that are not in `other`.
  ///
  /// - Complexity: O(*n* + *m*).
  public func subtracting(_ other: IPv4Ranges) -> IPv4Ranges {
    var out: [ClosedRange<UInt32>] = []
    var j = 0
    for range in ranges {
      var lo = UInt64(range.lowerBound)
      let hi = UInt64(range.upperBound)
      while j < other.ranges.count && UInt64(other.ranges[j].upperBound) < lo { j += 1 }
      var k = j
      while lo <= hi, k < other.ranges.count, UInt64(other.ranges[k].lowerBound) <= hi {
        let cut = other.ranges[k]
        if UInt64(cut.lowerBound) > lo {
          out.append(UInt32(lo)...UInt32(UInt64(cut.lowerBound) - 1))
        }
        lo = max(lo, UInt64(cut.upperBound) + 1)
        k += 1
      }
      if lo <= hi { out.append(UInt32(lo)...UInt32(hi)) }
    }
    return IPv4Ranges(sorted: out)
  }

  /// The addresses in either set.
  public func union(_ other: IPv4Ranges) -> IPv4Ranges {
    IPv4Ranges(normalizing: ranges + other.ranges)
  }

  /// Parses a dotted quad (`10.1.2.3`); `nil` when it is not one.
  public static func address(_ text: String) -> UInt32? {
    address(Substring(text))
  }

  private static func address(_ text: Substring) -> UInt32? {
    var value: UInt32 = 0
    var octet: UInt32 = 0
    var digits = 0
    var dots = 0
    for byte in text.utf8 {
      if byte == UInt8(ascii: ".") {
        guard digits > 0, dots < 3 else { return nil }
        value = value << 8 | octet
        octet = 0
        digits = 0
        dots += 1
      } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
        octet = octet * 10 + UInt32(byte - UInt8(ascii: "0"))
        digits += 1
        guard digits <= 3, octet <= 255 else { return nil }
      } else {
        return nil
      }
    }
    guard dots == 3, digits > 0 else { return nil }
    return value << 8 | octet
  }

  /// Parses a CIDR (`10.0.0.0/8`; a bare address is a `/32`); `nil` when it is not IPv4.
  public static func cidr(_ text: String) -> ClosedRange<UInt32>? {
    let slash = text.firstIndex(of: "/")
    guard let base = address(text[..<(slash ?? text.endIndex)]) else { return nil }
    let length = slash.map { Int(text[text.index(after: $0)...]) } ?? 32
    guard let bits = length, (0...32).contains(bits) else { return nil }
    let mask: UInt32 = bits == 0 ? 0 : UInt32.max << UInt32(32 - bits)
    let lo = base & mask
    return lo...(lo | ~mask)
  }

  /// The dotted-quad text of an address.
  public static func text(_ address: UInt32) -> String {
    "\(address >> 24).\(address >> 16 & 255).\(address >> 8 & 255).\(address & 255)"
  }
}

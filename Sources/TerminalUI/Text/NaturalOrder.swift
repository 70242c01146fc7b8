/// Orders text the way people expect in lists.
///
/// Comparison is case-insensitive, with runs of digits compared by value (`pod-2` before
/// `pod-10`), and locale-independent, so sorted screens are the same everywhere.
public enum NaturalOrder {
  /// Whether `a` sorts before `b`.
  ///
  /// - Complexity: O(*n*) in the shorter string.
  public static func precedes(_ a: String, _ b: String) -> Bool {
    compare(Array(a.unicodeScalars), Array(b.unicodeScalars)) < 0
  }

  /// -1, 0 or 1 as `a` sorts before, equal to or after `b`.
  ///
  /// - Complexity: O(*n*) in the shorter string.
  public static func compare(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    var i = 0
    var j = 0
    while i < a.count && j < b.count {
      if isDigit(a[i]) && isDigit(b[j]) {
        let (x, nextI) = digits(a, from: i)
        let (y, nextJ) = digits(b, from: j)
        let trimmedX = x.drop { $0 == "0" }
        let trimmedY = y.drop { $0 == "0" }
        if trimmedX.count != trimmedY.count { return trimmedX.count < trimmedY.count ? -1 : 1 }
        for (p, q) in zip(trimmedX, trimmedY) where p != q { return p < q ? -1 : 1 }
        i = nextI
        j = nextJ
        continue
      }
      let p = folded(a[i])
      let q = folded(b[j])
      if p != q { return p < q ? -1 : 1 }
      i += 1
      j += 1
    }
    if a.count - i != b.count - j { return a.count - i < b.count - j ? -1 : 1 }
    return 0
  }

  private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }

  private static func folded(_ s: Unicode.Scalar) -> UInt32 {
    s.value >= 65 && s.value <= 90 ? s.value + 32 : s.value
  }

  private static func digits(_ s: [Unicode.Scalar], from start: Int) -> (
    ArraySlice<Unicode.Scalar>, Int
  ) {
    var end = start
    while end < s.count && isDigit(s[end]) { end += 1 }
    return (s[start..<end], end)
  }
}

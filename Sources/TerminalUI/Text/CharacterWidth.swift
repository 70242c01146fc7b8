/// How many terminal columns a character occupies: 0, 1 or 2, as `wcwidth` would say in a
/// UTF-8 locale (East Asian Wide/Fullwidth and emoji presentation are 2, combining marks and
/// format characters 0, controls 0).
///
/// A table is used instead of the C library so that the answer does not depend on the locale the
/// tests run in.
public enum CharacterWidth {
  /// The width of a grapheme cluster: the width of its first scalar, or 2 when an emoji
  /// variation selector (U+FE0F) asks for emoji presentation.
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    let base = of(first)
    if base == 1 && scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    return base
  }

  /// The width of one scalar.
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
    if v < 0x300 { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if v == 0x200B || (v >= 0x1160 && v <= 0x11FF) { return 0 }
    if isWide(v) || scalar.properties.isEmojiPresentation { return 2 }
    return 1
  }

  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
    0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
    0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
    0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]

  private static func isWide(_ v: UInt32) -> Bool {
    guard v >= 0x1100 else { return false }
    return wideRanges.contains { $0.contains(v) }
  }
}

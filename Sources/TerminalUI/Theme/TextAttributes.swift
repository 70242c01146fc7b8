/// Text attributes a theme may ask for.
public struct TextAttributes: OptionSet, Hashable, Sendable {
  /// The raw bits.
  public let rawValue: UInt8

  /// Creates attributes from raw bits.
  public init(rawValue: UInt8) { self.rawValue = rawValue }

  /// Bold (or bright).
  public static let bold = TextAttributes(rawValue: 1 << 0)
  /// Dim.
  public static let dim = TextAttributes(rawValue: 1 << 1)
  /// Underlined.
  public static let underline = TextAttributes(rawValue: 1 << 2)
  /// Foreground and background swapped.
  public static let reverse = TextAttributes(rawValue: 1 << 3)

  /// The names used in theme files, with their attribute.
  public static let names: [(String, TextAttributes)] = [
    ("bold", .bold), ("dim", .dim), ("underline", .underline), ("reverse", .reverse),
  ]
}

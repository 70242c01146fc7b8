/// What a terminal can show.
public struct TerminalCapability: Hashable, Sendable {
  /// The number of colours (0 for none; 8, 16, 256 …).
  public var colors: Int
  /// Whether box-drawing and other non-ASCII characters can be shown.
  public var unicode: Bool
  /// Whether mouse events are reported.
  public var mouse: Bool

  /// Creates a capability record.
  public init(colors: Int, unicode: Bool, mouse: Bool = false) {
    self.colors = colors
    self.unicode = unicode
    self.mouse = mouse
  }

  /// The glyphs to draw with.
  public var glyphs: Glyphs { unicode ? .unicode : .ascii }
}

/// What a theme paints a role with: foreground, background and attributes.
public struct Paint: Hashable, Sendable {
  /// Foreground colour.
  public var foreground: Color
  /// Background colour.
  public var background: Color
  /// Attributes.
  public var attributes: TextAttributes

  /// Creates a paint.
  public init(
    foreground: Color = .default, background: Color = .default, attributes: TextAttributes = []
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  /// The terminal's default colours, no attributes.
  public static let plain = Paint()
}

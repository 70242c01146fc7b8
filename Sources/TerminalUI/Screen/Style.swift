/// How a cell is drawn, expressed as a semantic ``Role`` (the theme decides colours).
public struct Style: Hashable, Sendable {
  /// The role.
  public var role: Role

  /// Creates a style.
  public init(_ role: Role) { self.role = role }

  /// Ordinary text.
  public static let body = Style(.body)
}

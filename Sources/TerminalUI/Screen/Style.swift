/// How a cell is drawn, expressed as a semantic ``StyleRole`` (the theme decides colours).
public struct Style: Hashable, Sendable {
  /// The role.
  public var role: StyleRole

  /// Creates a style.
  public init(_ role: StyleRole) { self.role = role }

  /// Ordinary text.
  public static let body = Style(.body)
}

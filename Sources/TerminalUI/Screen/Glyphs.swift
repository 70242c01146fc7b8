/// The characters used for frames, markers and ellipses: Unicode box drawing, or plain ASCII
/// when the locale is not UTF-8 or `--ascii` is given.
public struct Glyphs: Hashable, Sendable {
  /// Horizontal line.
  public var horizontal: Character
  /// Vertical line.
  public var vertical: Character
  /// Top left corner.
  public var topLeft: Character
  /// Top right corner.
  public var topRight: Character
  /// Bottom left corner.
  public var bottomLeft: Character
  /// Bottom right corner.
  public var bottomRight: Character
  /// Marks truncated text.
  public var ellipsis: String
  /// Separates breadcrumbs.
  public var crumbSeparator: String
  /// A collapsed tree node.
  public var collapsed: String
  /// An expanded tree node.
  public var expanded: String
  /// Ascending sort marker.
  public var sortAscending: String
  /// Descending sort marker.
  public var sortDescending: String
  /// A warning marker.
  public var warning: String
  /// The cursor of a text input.
  public var inputCursor: Character

  /// Unicode box drawing.
  public static let unicode = Glyphs(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
    bottomRight: "┘", ellipsis: "…", crumbSeparator: " › ", collapsed: "▸ ", expanded: "▾ ",
    sortAscending: "▲", sortDescending: "▼", warning: "⚠", inputCursor: "█")

  /// Plain ASCII.
  public static let ascii = Glyphs(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
    bottomRight: "+", ellipsis: "~", crumbSeparator: " > ", collapsed: "+ ", expanded: "- ",
    sortAscending: "^", sortDescending: "v", warning: "!", inputCursor: "_")
}

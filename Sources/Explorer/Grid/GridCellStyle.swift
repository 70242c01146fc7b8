import TerminalUI

/// How a grid cell is drawn: a glyph (readable without colour) and a role (its colour).
public struct GridCellStyle: Hashable, Sendable {
  /// The glyph, one column wide (ASCII, so it reads on any terminal).
  public var glyph: Character
  /// The role the theme colours it with.
  public var role: StyleRole

  /// Creates a cell style.
  public init(_ glyph: Character, _ role: StyleRole) {
    self.glyph = glyph
    self.role = role
  }
}

/// One cell of a ``Screen``: a character and its style.
///
/// A wide character (two columns) lives in its first cell; the cell to its right is a
/// *continuation* cell that backends skip and ``Screen/text`` omits.
public struct Cell: Hashable, Sendable {
  /// The character shown.
  public var character: Character
  /// Its style.
  public var style: Style
  /// Whether this is the right half of a wide character.
  public var isContinuation: Bool

  /// Creates a cell.
  public init(_ character: Character = " ", style: Style = .body, isContinuation: Bool = false) {
    self.character = character
    self.style = style
    self.isContinuation = isContinuation
  }

  /// A blank cell.
  public static let blank = Cell()
}

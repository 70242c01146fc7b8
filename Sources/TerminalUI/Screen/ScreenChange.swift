/// A run of changed cells on one row, as produced by ``Screen/changes(since:)``.
public struct ScreenChange: Hashable, Sendable {
  /// The first changed column.
  public var x: Int
  /// The row.
  public var y: Int
  /// The new cells, left to right (continuation cells included).
  public var cells: [Cell]

  /// Creates a change.
  public init(x: Int, y: Int, cells: [Cell]) {
    self.x = x
    self.y = y
    self.cells = cells
  }
}

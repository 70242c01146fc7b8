import TerminalUI

/// A two-dimensional grid of one-glyph cells with row and column headers, navigated with a
/// cell cursor: the body of a heat map (``PaneBody/grid(_:fold:)``).
///
/// Cells are stored compactly as indices into a small palette of ``GridCellStyle``s, so a
/// 1,000 × 1,000 grid costs one megabyte. A cell's id (what ``Pane/drill(into:of:)`` and
/// ``Pane/preview(of:in:)`` receive) is ``cellID(row:column:)`` of its row and column ids;
/// with the cursor on a row header, the row's own id is selected.
public struct GridData: Hashable, Sendable {
  /// The rows, top to bottom.
  public let rows: [GridHeader]
  /// The columns, left to right.
  public let columns: [GridHeader]
  /// The palette the cells index into.
  public let styles: [GridCellStyle]
  /// Row-major palette indices, `rows.count × columns.count`.
  public let cells: [UInt8]
  /// The text above the row headers (for example `from \ to`).
  public let corner: String
  /// The id the corner selects (for example everything at once).
  public let cornerID: String
  /// The width of the row header column: the short label, a space and the label (measured
  /// once).
  let rowHeaderWidth: Int
  /// The width of the rows' short labels.
  let rowShortWidth: Int
  /// The width of one cell: the widest column short label plus a space (at least 3).
  let cellWidth: Int

  /// Creates a grid; `cells` must hold `rows.count × columns.count` palette indices.
  public init(
    rows: [GridHeader], columns: [GridHeader], styles: [GridCellStyle], cells: [UInt8],
    corner: String = "", cornerID: String = "corner"
  ) {
    precondition(cells.count == rows.count * columns.count, "grid cells do not fill the grid")
    self.rows = rows
    self.columns = columns
    self.styles = styles
    self.cells = cells
    self.corner = corner
    self.cornerID = cornerID
    rowShortWidth = rows.map(\.short.displayWidth).max() ?? 0
    let widest = rowShortWidth + 1 + (rows.map(\.label.displayWidth).max() ?? 0)
    rowHeaderWidth = min(28, max(corner.displayWidth, widest)) + 1
    cellWidth = max(3, (columns.map(\.short.displayWidth).max() ?? 0) + 1)
  }

  /// The id of the cell at a row and column id.
  public static func cellID(row: String, column: String) -> String { "\(row)|\(column)" }

  /// The row and column ids of a cell id made by ``cellID(row:column:)``; nil for a row id.
  public static func split(_ cellID: String) -> (row: String, column: String)? {
    guard let bar = cellID.firstIndex(of: "|") else { return nil }
    return (String(cellID[..<bar]), String(cellID[cellID.index(after: bar)...]))
  }

  /// The style of the cell at `row`, `column`.
  public func style(row: Int, column: Int) -> GridCellStyle {
    styles[Int(cells[row * columns.count + column])]
  }
}

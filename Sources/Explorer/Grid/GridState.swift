import TerminalUI

/// The cell cursor of a grid body: row and column cursors (each with its scroll offset),
/// whether the cursor is on the row header, and whether the fold is applied.
public struct GridState: Hashable, Sendable {
  /// The row cursor.
  public var row = ListCursor()
  /// The column cursor.
  public var column = ListCursor()
  /// Whether the row header (rather than a cell) is selected.
  public var onRowHeader = false
  /// Whether the column header line is selected (with ``onRowHeader``: the corner).
  public var onColumnHeader = false
  /// Whether the folded grid is shown.
  public var isFolded: Bool

  /// A cursor on the first cell; folded when the body has a fold.
  public init(folded: Bool) { isFolded = folded }

  /// The grid shown: the folded one when folded.
  public func data(_ data: GridData, fold: GridFold?) -> GridData {
    isFolded ? fold?.grid ?? data : data
  }

  /// The id of the selected cell; of the row or column on a header; the corner's id on the
  /// corner.
  public func selectedID(in data: GridData) -> String? {
    if onColumnHeader && onRowHeader { return data.cornerID }
    if onColumnHeader {
      return data.columns.indices.contains(column.index) ? data.columns[column.index].id : nil
    }
    guard data.rows.indices.contains(row.index) else { return nil }
    let rowID = data.rows[row.index].id
    if onRowHeader { return rowID }
    guard data.columns.indices.contains(column.index) else { return nil }
    return GridData.cellID(row: rowID, column: data.columns[column.index].id)
  }

  /// Moves `delta` rows; one row up from the first row selects the column header line, and
  /// down from it the first row again.
  public mutating func moveRow(by delta: Int, in data: GridData, viewport: Int) {
    if onColumnHeader {
      guard delta > 0 else { return }
      onColumnHeader = false
      row.move(by: delta - 1, count: data.rows.count, viewport: viewport)
      return
    }
    if delta == -1 && row.index == 0 {
      onColumnHeader = true
      return
    }
    row.move(by: delta, count: data.rows.count, viewport: viewport)
  }

  /// Moves one column; left of the first column selects the row header.
  public mutating func moveColumn(by delta: Int, in data: GridData, viewport: Int) {
    if onRowHeader {
      if delta > 0 { onRowHeader = false }
      return
    }
    if delta < 0 && column.index + delta < 0 {
      onRowHeader = true
      return
    }
    column.move(by: delta, count: data.columns.count, viewport: viewport)
  }

  /// Selects what a click at (`x`, `y`) from the grid's top-left corner hits: a cell, a row
  /// or column header, or the corner.
  public mutating func click(x: Int, y: Int, in data: GridData, rows: Int, columns: Int) {
    onColumnHeader = y == 0
    onRowHeader = x < data.rowHeaderWidth
    if y > 0 { row.move(to: row.offset + y - 1, count: data.rows.count, viewport: rows) }
    if !onRowHeader {
      let c = column.offset + (x - data.rowHeaderWidth) / data.cellWidth
      column.move(to: c, count: data.columns.count, viewport: columns)
    }
  }

  /// Switches between the folded and the full grid, keeping the cursor on the same row and
  /// column (or on the group that folds it).
  public mutating func toggleFold(_ data: GridData, fold: GridFold) {
    let from = self.data(data, fold: fold)
    isFolded.toggle()
    let to = self.data(data, fold: fold)
    row.index = Self.position(of: from.rows, at: row.index, in: to.rows)
    column.index = Self.position(of: from.columns, at: column.index, in: to.columns)
  }

  /// Keeps the cursor inside the grid and visible.
  public mutating func follow(_ data: GridData, rows: Int, columns: Int) {
    row.follow(count: data.rows.count, viewport: rows)
    column.follow(count: data.columns.count, viewport: columns)
  }

  /// Where the header at `index` of `old` is in `new`: the same id, a group holding it, or a
  /// member of the group it was.
  private static func position(of old: [GridHeader], at index: Int, in new: [GridHeader]) -> Int {
    guard old.indices.contains(index) else { return 0 }
    let header = old[index]
    return new.firstIndex { $0.id == header.id || $0.members.contains(header.id) }
      ?? new.firstIndex { header.members.contains($0.id) } ?? 0
  }
}

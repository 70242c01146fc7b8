import TerminalUI

/// Draws a ``GridData`` with its ``GridState``.
///
/// A header line with the column short labels, then one line per visible row (row header,
/// then one glyph per visible column). Only the visible part is drawn.
enum GridView {
  /// The number of grid rows that fit in `rect` (one line is the column header).
  static func rowViewport(_ rect: Rect) -> Int { max(1, rect.height - 1) }

  /// The number of columns that fit in `width`.
  static func columnViewport(_ data: GridData, width: Int) -> Int {
    max(1, (width - data.rowHeaderWidth - 1) / data.cellWidth)
  }

  /// Draws the grid into `rect`.
  ///
  /// - Complexity: O(*h*·*w*) for the visible rows and columns.
  static func draw(_ data: GridData, state: GridState, in rect: Rect, on screen: inout Screen) {
    guard !rect.isEmpty else { return }
    let header = data.rowHeaderWidth
    let cell = data.cellWidth
    let columns = columnViewport(data, width: rect.width)
    let first = state.column.offset
    let last = min(data.columns.count, first + columns)
    let ellipsis = screen.glyphs.ellipsis
    screen.fill(rect.row(0), style: Style(.tableHeader))
    let corner = state.onColumnHeader && state.onRowHeader
    screen.put(
      data.corner.padded(toWidth: header - 1, ellipsis: ellipsis), x: rect.x, y: rect.y,
      style: Style(corner ? .tableCursor : .tableHeader), clip: rect)
    if first > 0 { screen.put("<", x: rect.x + header - 1, y: rect.y, style: Style(.tableHeader)) }
    for c in first..<last {
      let x = rect.x + header + (c - first) * cell
      let selected = c == state.column.index && !state.onRowHeader
      let role: StyleRole =
        selected && state.onColumnHeader ? .tableCursor : selected ? .title : .tableHeader
      screen.put(
        data.columns[c].short.padded(toWidth: cell - 1, alignRight: true), x: x, y: rect.y,
        style: Style(role), clip: rect)
    }
    if last < data.columns.count {
      screen.put(
        ">", x: min(rect.maxX - 1, rect.x + header + columns * cell), y: rect.y,
        style: Style(.tableHeader))
    }
    let body = rect.splitTop(1).rest
    if data.rows.isEmpty {
      screen.put("nothing to show", x: body.x + 1, y: body.y, style: Style(.dim), clip: body)
      return
    }
    let top = state.row.offset
    for (line, r) in (top..<min(data.rows.count, top + body.height)).enumerated() {
      let y = body.y + line
      let row = data.rows[r]
      let isRow = r == state.row.index && !state.onColumnHeader
      let label = "\(row.short.padded(toWidth: data.rowShortWidth, alignRight: true)) \(row.label)"
      screen.put(
        label.padded(toWidth: header - 1, ellipsis: ellipsis), x: body.x, y: y,
        style: Style(isRow && state.onRowHeader ? .tableCursor : isRow ? .title : row.role),
        clip: body)
      for c in first..<last {
        let style = data.style(row: r, column: c)
        let x = body.x + header + (c - first) * cell
        let isCursor =
          isRow && c == state.column.index && !state.onRowHeader
          && !state.onColumnHeader
        let text = String(style.glyph).padded(toWidth: cell - 1, alignRight: true)
        screen.put(text, x: x, y: y, style: Style(isCursor ? .tableCursor : style.role), clip: body)
      }
    }
  }
}

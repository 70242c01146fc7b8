import Foundation

/// Draws a ``TableData`` with its ``TableState``: a header row and only the visible rows
/// (virtualised: the cost is proportional to the height, not the number of rows).
public enum TableView {
  /// The number of data rows that fit in `rect` (one row is the header).
  public static func viewportHeight(_ rect: Rect) -> Int { max(1, rect.height - 1) }

  /// Draws the table into `rect`.
  ///
  /// - Complexity: O(*h*·*c*) for *h* visible rows and *c* columns.
  public static func draw(
    _ data: TableData, state: TableState, in rect: Rect, on screen: inout Screen,
    focused: Bool = true, highlight: String = ""
  ) {
    guard !rect.isEmpty else { return }
    let widths = ColumnFitter.fit(data.columns, natural: data.naturalWidths, available: rect.width)
    let ellipsis = screen.glyphs.ellipsis
    var header: [Span] = []
    for (i, column) in data.columns.enumerated() {
      var title = column.title
      if let sort = state.sort, sort.column == i {
        title += sort.ascending ? screen.glyphs.sortAscending : screen.glyphs.sortDescending
      }
      header.append(
        Span(
          title.padded(toWidth: widths[i], alignRight: column.alignRight, ellipsis: ellipsis)
            + (i < data.columns.count - 1 ? " " : ""), .tableHeader))
    }
    screen.fill(rect.row(0), style: Style(.tableHeader))
    StyledLine(header).draw(in: rect.row(0), on: &screen)
    let body = rect.splitTop(1).rest
    if state.visible.isEmpty {
      let message = data.rows.isEmpty ? data.emptyMessage : "no rows match"
      screen.put(message, x: body.x + 1, y: body.y, style: Style(.dim), clip: body)
      return
    }
    let first = state.cursor.offset
    let last = min(state.visible.count, first + body.height)
    for (line, position) in (first..<last).enumerated() {
      let row = data.rows[state.visible[position]]
      let isCursor = focused && position == state.cursor.index
      let rowRect = body.row(line)
      if isCursor { screen.fill(rowRect, style: Style(.tableCursor)) }
      var x = rowRect.x
      for (i, column) in data.columns.enumerated() {
        let cell = i < row.cells.count ? row.cells[i] : ""
        let role = isCursor ? .tableCursor : (cell.role ?? row.role)
        let text = cell.text.padded(
          toWidth: widths[i], alignRight: column.alignRight, ellipsis: ellipsis)
        screen.put(text, x: x, y: rowRect.y, style: Style(role), clip: rowRect)
        if !highlight.isEmpty, !isCursor {
          mark(highlight, in: text, x: x, y: rowRect.y, rect: rowRect, on: &screen)
        }
        x += widths[i] + ColumnFitter.gap
      }
    }
  }

  /// Restyles the first occurrence of `needle` in a drawn cell text as ``StyleRole/match``.
  private static func mark(
    _ needle: String, in text: String, x: Int, y: Int, rect: Rect, on screen: inout Screen
  ) {
    guard let range = text.range(of: needle, options: .caseInsensitive) else { return }
    let start = String(text[..<range.lowerBound]).displayWidth
    let width = String(text[range]).displayWidth
    screen.restyle(
      Rect(x: x + start, y: y, width: min(width, rect.maxX - x - start), height: 1),
      style: Style(.match))
  }
}

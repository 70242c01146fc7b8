/// Draws a tree's visible rows with indentation and expand markers.
public enum TreeView {
  /// Draws the rows of `state` visible in `rect`.
  ///
  /// - Complexity: O(*h*) for *h* visible rows.
  public static func draw(
    _ state: TreeState, in rect: Rect, on screen: inout Screen, focused: Bool = true,
    emptyMessage: String = "nothing to show"
  ) {
    guard !rect.isEmpty else { return }
    if state.rows.isEmpty {
      screen.put(emptyMessage, x: rect.x + 1, y: rect.y, style: Style(.dim), clip: rect)
      return
    }
    let first = state.cursor.offset
    let last = min(state.rows.count, first + rect.height)
    for (line, position) in (first..<last).enumerated() {
      let row = state.rows[position]
      let rowRect = rect.row(line)
      let isCursor = focused && position == state.cursor.index
      let marker =
        row.node.children.isEmpty
        ? "  "
        : (state.expanded.contains(row.node.id) || !state.filter.isEmpty
          ? screen.glyphs.expanded : screen.glyphs.collapsed)
      let prefix = String(repeating: "  ", count: row.depth) + marker
      if isCursor {
        screen.fill(rowRect, style: Style(.tableCursor))
        screen.put(
          prefix + row.node.label.plain, x: rowRect.x, y: rowRect.y, style: Style(.tableCursor),
          clip: rowRect)
      } else {
        let x =
          rowRect.x
          + screen.put(prefix, x: rowRect.x, y: rowRect.y, style: Style(.dim), clip: rowRect)
        row.node.label.draw(
          in: Rect(x: x, y: rowRect.y, width: rowRect.maxX - x, height: 1), on: &screen)
      }
    }
  }
}

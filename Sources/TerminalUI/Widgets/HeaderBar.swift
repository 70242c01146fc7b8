/// The header line: text on the left, text on the right, filled with the header role.
public enum HeaderBar {
  /// Draws the header into the first row of `rect`; the left part wins when space is short.
  ///
  /// - Complexity: O(*w*).
  public static func draw(left: String, right: String, in rect: Rect, on screen: inout Screen) {
    let row = rect.row(0)
    screen.fill(row, style: Style(.header))
    let ellipsis = screen.glyphs.ellipsis
    let leftText = " " + left.truncated(toWidth: row.width - 2, ellipsis: ellipsis)
    screen.put(leftText, x: row.x, y: row.y, style: Style(.header), clip: row)
    let room = row.width - leftText.displayWidth - 3
    guard room > 4, !right.isEmpty else { return }
    let rightText = right.truncated(toWidth: room, ellipsis: ellipsis) + " "
    screen.put(
      rightText, x: row.maxX - rightText.displayWidth, y: row.y, style: Style(.header), clip: row)
  }
}

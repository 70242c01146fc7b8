/// A frame around a rectangle, with an optional title on its top edge.
public enum Box {
  /// Draws the frame and returns the inner rectangle.
  ///
  /// - Complexity: O(*w*·*h*) of the rectangle (the inside is cleared).
  @discardableResult
  public static func draw(
    in rect: Rect, on screen: inout Screen, title: String? = nil, focused: Bool = false,
    fill: StyleRole = .body
  ) -> Rect {
    guard rect.width >= 2, rect.height >= 2 else {
      return Rect(x: rect.x, y: rect.y, width: 0, height: 0)
    }
    let g = screen.glyphs
    let style = Style(focused ? .borderFocused : .border)
    screen.fill(rect.inset(dx: 1, dy: 1), style: Style(fill))
    let line = String(repeating: g.horizontal, count: rect.width - 2)
    screen.put(String(g.topLeft) + line + String(g.topRight), x: rect.x, y: rect.y, style: style)
    screen.put(
      String(g.bottomLeft) + line + String(g.bottomRight), x: rect.x, y: rect.maxY - 1,
      style: style)
    for y in (rect.y + 1)..<(rect.maxY - 1) {
      screen.put(String(g.vertical), x: rect.x, y: y, style: style)
      screen.put(String(g.vertical), x: rect.maxX - 1, y: y, style: style)
    }
    if let title, !title.isEmpty, rect.width > 6 {
      let text = " " + title.truncated(toWidth: rect.width - 6, ellipsis: g.ellipsis) + " "
      screen.put(text, x: rect.x + 2, y: rect.y, style: Style(.title))
    }
    return rect.inset(dx: 1, dy: 1)
  }
}

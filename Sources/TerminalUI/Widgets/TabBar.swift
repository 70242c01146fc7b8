/// A row of numbered tabs: ` 1 Overview  2 Admins …`, the active one highlighted.
public enum TabBar {
  /// Draws the tabs into the first row of `rect`.
  ///
  /// - Complexity: O(*n*) in the total title length.
  public static func draw(titles: [String], active: Int, in rect: Rect, on screen: inout Screen) {
    screen.fill(rect.row(0), style: Style(.tabInactive))
    var x = rect.x
    for (i, title) in titles.enumerated() {
      let text = " \(i + 1) \(title) "
      let role: StyleRole = i == active ? .tabActive : .tabInactive
      x += screen.put(text, x: x, y: rect.y, style: Style(role), clip: rect.row(0))
      x += screen.put(" ", x: x, y: rect.y, style: Style(.tabInactive), clip: rect.row(0))
    }
  }

  /// The tab at column `x`, for mouse clicks.
  public static func tab(at x: Int, titles: [String], in rect: Rect) -> Int? {
    var start = rect.x
    for (i, title) in titles.enumerated() {
      let end = start + " \(i + 1) \(title) ".displayWidth
      if x >= start && x < end { return i }
      start = end + 1
    }
    return nil
  }
}

/// The navigation stack as one line: `Overview › kube-system › Deployment/coredns`.
///
/// When it does not fit, the oldest crumbs are elided.
public enum Breadcrumbs {
  /// Draws the crumbs into the first row of `rect`.
  ///
  /// - Complexity: O(*n*) in the total length.
  public static func draw(_ crumbs: [String], in rect: Rect, on screen: inout Screen) {
    let row = rect.row(0)
    screen.fill(row, style: Style(.crumbs))
    let separator = screen.glyphs.crumbSeparator
    var shown = crumbs
    var text = " " + shown.joined(separator: separator)
    while text.displayWidth > row.width && shown.count > 1 {
      shown.removeFirst()
      text = " " + screen.glyphs.ellipsis + separator + shown.joined(separator: separator)
    }
    screen.put(
      text.truncated(toWidth: row.width, ellipsis: screen.glyphs.ellipsis), x: row.x, y: row.y,
      style: Style(.crumbs), clip: row)
  }
}

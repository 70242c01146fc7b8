import Foundation

/// Draws styled lines wrapped to the width of a rectangle, from a scroll offset.
public enum TextView {
  /// The lines wrapped to `width` columns.
  ///
  /// - Complexity: O(*n*) in the length of the text.
  public static func wrap(_ lines: [StyledLine], width: Int) -> [StyledLine] {
    lines.flatMap { $0.wrapped(toWidth: width) }
  }

  /// Draws the wrapped lines `offset…` into `rect`, marking occurrences of `highlight` with
  /// ``StyleRole/match``.
  ///
  /// - Complexity: O(*h*) for *h* visible lines (wrapping is done by the caller).
  public static func draw(
    wrapped: [StyledLine], offset: Int, in rect: Rect, on screen: inout Screen,
    highlight: String = ""
  ) {
    guard !rect.isEmpty else { return }
    let first = max(0, min(offset, max(0, wrapped.count - 1)))
    for (row, line) in wrapped.dropFirst(first).prefix(rect.height).enumerated() {
      let r = rect.row(row)
      line.draw(in: r, on: &screen)
      if !highlight.isEmpty, line.plain.lowercased().contains(highlight.lowercased()) {
        var text = line.plain
        var x = r.x
        while let range = text.range(of: highlight, options: .caseInsensitive) {
          let start = String(text[..<range.lowerBound]).displayWidth
          let width = String(text[range]).displayWidth
          screen.restyle(Rect(x: x + start, y: r.y, width: width, height: 1), style: Style(.match))
          x += start + width
          text = String(text[range.upperBound...])
        }
      }
    }
  }
}

/// The `?` help: every key binding, grouped, in a scrollable centred box.
public enum HelpOverlay {
  /// The help's lines (section titles and aligned entries).
  ///
  /// - Complexity: O(*n*) in the number of entries.
  public static func lines(_ sections: [HelpSection]) -> [StyledLine] {
    let keyWidth = sections.flatMap(\.entries).map(\.key.displayWidth).max() ?? 0
    var out: [StyledLine] = []
    for section in sections {
      if !out.isEmpty { out.append("") }
      out.append(StyledLine(section.title, .title))
      for entry in section.entries {
        out.append(
          StyledLine([
            Span("  " + entry.key.padded(toWidth: keyWidth + 2), .hintKey),
            Span(entry.label, .dialog),
          ]))
      }
    }
    return out
  }

  /// The rectangle the overlay occupies inside `rect`.
  public static func frame(in rect: Rect) -> Rect {
    rect.centered(Size(width: min(rect.width - 4, 72), height: rect.height - 2))
  }

  /// Draws the help scrolled to `offset`.
  ///
  /// - Complexity: O(*h*) for *h* visible lines.
  public static func draw(
    _ sections: [HelpSection], offset: Int, in rect: Rect, on screen: inout Screen
  ) {
    let box = frame(in: rect)
    let inner = Box.draw(
      in: box, on: &screen, title: "Help (esc closes, j/k scroll)", focused: true, fill: .dialog)
    TextView.draw(
      wrapped: lines(sections), offset: offset, in: inner.inset(dx: 1, dy: 0), on: &screen)
  }
}

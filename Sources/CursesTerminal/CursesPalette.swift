import CNcurses
import TerminalUI

/// Turns theme paints into curses attributes and colour pairs for one terminal, downsampling
/// colours to the terminal's colour count (pairs come from `alloc_pair`).
struct CursesPalette {
  /// The curses rendition of a role.
  struct Rendition {
    var attributes: attr_t
    var pair: Int16
  }

  private var renditions: [StyleRole: Rendition] = [:]

  /// Resolves every role of `theme` for a terminal with `colors` colours (0: attributes only).
  init(theme: Theme, colors: Int) {
    for role in StyleRole.allCases {
      renditions[role] = Self.rendition(theme.paint(for: role), colors: colors)
    }
  }

  /// The rendition of a role.
  func rendition(for role: StyleRole) -> Rendition {
    renditions[role] ?? Rendition(attributes: tui_a_normal(), pair: 0)
  }

  private static func rendition(_ paint: Paint, colors: Int) -> Rendition {
    var attributes = attributes(paint.attributes)
    guard colors > 0,
      let fg = ColorDownsampler.resolve(paint.foreground, colors: colors),
      let bg = ColorDownsampler.resolve(paint.background, colors: colors)
    else { return Rendition(attributes: attributes, pair: 0) }
    if fg.needsBold { attributes |= tui_a_bold() }
    if fg.number == -1 && bg.number == -1 { return Rendition(attributes: attributes, pair: 0) }
    let pair = alloc_pair(Int32(fg.number), Int32(bg.number))
    return Rendition(attributes: attributes, pair: pair > 0 && pair < 32768 ? Int16(pair) : 0)
  }

  private static func attributes(_ set: TextAttributes) -> attr_t {
    var out = tui_a_normal()
    if set.contains(.bold) { out |= tui_a_bold() }
    if set.contains(.dim) { out |= tui_a_dim() }
    if set.contains(.underline) { out |= tui_a_underline() }
    if set.contains(.reverse) { out |= tui_a_reverse() }
    return out
  }
}

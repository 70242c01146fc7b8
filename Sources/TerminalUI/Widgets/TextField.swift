/// An editable text: single-line (prompts, filters, form fields) or multi-line (a form's
/// justification).
///
/// Keys: left/right, home/end (of the line), backspace, delete, ctrl-u (delete to the start of the
/// line), printable characters, and enter for a new line when multi-line.
public struct TextField: Hashable, Sendable {
  /// The characters.
  public private(set) var characters: [Character]
  /// The insertion point, 0…count.
  public private(set) var cursor: Int
  /// Whether enter inserts a new line.
  public var multiline: Bool

  /// Creates a field holding `text` with the cursor at its end.
  public init(_ text: String = "", multiline: Bool = false) {
    characters = Array(text)
    cursor = characters.count
    self.multiline = multiline
  }

  /// The text.
  public var text: String { String(characters) }

  /// Applies an editing key; returns false when the key is not an editing key (the caller
  /// handles it, for example enter or esc).
  ///
  /// - Complexity: O(*n*) in the length of the text.
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .character(let c):
      characters.insert(c, at: cursor)
      cursor += 1
    case .enter where multiline:
      characters.insert("\n", at: cursor)
      cursor += 1
    case .left: cursor = max(0, cursor - 1)
    case .right: cursor = min(characters.count, cursor + 1)
    case .home, .control("a"): cursor = lineStart
    case .end, .control("e"): cursor = lineEnd
    case .backspace:
      guard cursor > 0 else { return true }
      characters.remove(at: cursor - 1)
      cursor -= 1
    case .delete, .control("d"):
      if cursor < characters.count { characters.remove(at: cursor) }
    case .control("u"):
      let start = lineStart
      characters.removeSubrange(start..<cursor)
      cursor = start
    default:
      return false
    }
    return true
  }

  private var lineStart: Int {
    var i = cursor
    while i > 0 && characters[i - 1] != "\n" { i -= 1 }
    return i
  }

  private var lineEnd: Int {
    var i = cursor
    while i < characters.count && characters[i] != "\n" { i += 1 }
    return i
  }

  /// Draws a single-line view into the first row of `rect`, scrolled so the cursor is visible;
  /// with `showCursor` the cursor cell is drawn with the input cursor glyph.
  ///
  /// - Complexity: O(*n*).
  public func draw(in rect: Rect, on screen: inout Screen, showCursor: Bool = true) {
    let row = rect.row(0)
    guard row.width > 0 else { return }
    screen.fill(row, style: Style(.input))
    let visible = characters.map { $0 == "\n" ? " " : $0 }
    var start = 0
    var used = visible[..<cursor].reduce(0) { $0 + CharacterWidth.of($1) }
    while used >= row.width && start < cursor {
      used -= CharacterWidth.of(visible[start])
      start += 1
    }
    screen.put(String(visible[start...]), x: row.x, y: row.y, style: Style(.input), clip: row)
    if showCursor {
      let under = cursor < visible.count ? visible[cursor] : " "
      screen.put(String(under), x: row.x + used, y: row.y, style: Style(.tableCursor), clip: row)
    }
  }

  /// Draws a multi-line view into `rect`: the text wrapped, the last lines that include the
  /// cursor, the cursor cell highlighted.
  ///
  /// - Complexity: O(*n*).
  public func drawMultiline(in rect: Rect, on screen: inout Screen, showCursor: Bool = true) {
    guard !rect.isEmpty else { return }
    screen.fill(rect, style: Style(.input))
    // Lay out character positions with hard and soft line breaks.
    var positions: [Point] = []
    var x = 0
    var y = 0
    for c in characters {
      positions.append(Point(x: x, y: y))
      if c == "\n" {
        x = 0
        y += 1
        continue
      }
      let w = CharacterWidth.of(c)
      if x + w > rect.width {
        x = 0
        y += 1
        positions[positions.count - 1] = Point(x: 0, y: y)
      }
      x += w
    }
    if x >= rect.width {
      x = 0
      y += 1
    }
    let cursorPoint = cursor < positions.count ? positions[cursor] : Point(x: x, y: y)
    let top = max(0, cursorPoint.y - rect.height + 1)
    for (i, c) in characters.enumerated() where c != "\n" {
      let p = positions[i]
      guard p.y >= top, p.y < top + rect.height else { continue }
      screen.put(
        String(c), x: rect.x + p.x, y: rect.y + p.y - top, style: Style(.input), clip: rect)
    }
    if showCursor {
      let under = cursor < characters.count && characters[cursor] != "\n" ? characters[cursor] : " "
      screen.put(
        String(under), x: rect.x + cursorPoint.x, y: rect.y + cursorPoint.y - top,
        style: Style(.tableCursor), clip: rect)
    }
  }
}

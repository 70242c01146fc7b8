/// A line of text made of styled spans, the unit of summaries, text views and help.
public struct StyledLine: Hashable, Sendable, ExpressibleByStringInterpolation {
  /// The spans, left to right.
  public var spans: [Span]
  /// Columns of indentation for the continuation lines when the line is wrapped (a hanging
  /// indent, for example to align wrapped values after a label).
  public var hangingIndent = 0

  /// Creates a line from spans.
  public init(_ spans: [Span], hangingIndent: Int = 0) {
    self.spans = spans
    self.hangingIndent = hangingIndent
  }

  /// Creates a line of one span.
  public init(_ text: String, _ role: StyleRole = .body) { spans = [Span(text, role)] }

  /// Creates a plain line.
  public init(stringLiteral value: String) { spans = [Span(value)] }

  /// Creates a plain line from an interpolated string.
  public init(stringInterpolation: DefaultStringInterpolation) {
    spans = [Span(String(stringInterpolation: stringInterpolation))]
  }

  /// The text without styles.
  public var plain: String { spans.map(\.text).joined() }

  /// The width in columns.
  ///
  /// - Complexity: O(*n*) in the length of the text.
  public var width: Int { spans.reduce(0) { $0 + $1.text.displayWidth } }

  /// Draws the line at the start of `rect`'s first row, clipped to it.
  ///
  /// - Complexity: O(*n*) in the length of the text.
  public func draw(in rect: Rect, on screen: inout Screen) {
    var x = rect.x
    for span in spans where x < rect.maxX {
      x += screen.put(span.text, x: x, y: rect.y, style: span.style, clip: rect)
    }
  }

  /// The line wrapped to `width` columns at spaces (long words are broken).
  ///
  /// - Complexity: O(*n*) in the length of the text.
  public func wrapped(toWidth width: Int) -> [StyledLine] {
    guard width > 0, self.width > width else { return [self] }
    let indent = hangingIndent < width / 2 ? hangingIndent : 0
    var lines: [StyledLine] = []
    var current: [Span] = []
    var lineStart = 0
    var used = 0
    func flush() {
      lines.append(StyledLine(current))
      current = indent > 0 ? [Span(String(repeating: " ", count: indent))] : []
      lineStart = indent
      used = indent
    }
    for span in spans {
      for word in Self.words(span.text) {
        var piece = word
        if used > lineStart && used + piece.displayWidth > width {
          flush()
        }
        if used == lineStart && !lines.isEmpty { piece = String(piece.drop { $0 == " " }) }
        while piece.displayWidth > width - used {
          let cut = piece.truncated(toWidth: width - used, ellipsis: "")
          let head = cut.isEmpty ? String(piece.prefix(1)) : cut
          current.append(Span(head, span.style.role))
          piece.removeFirst(head.count)
          flush()
        }
        if !piece.isEmpty {
          current.append(Span(piece, span.style.role))
          used += piece.displayWidth
        }
      }
    }
    if used > lineStart || lines.isEmpty { flush() }
    return lines
  }

  /// Splits text into words that keep their leading spaces.
  private static func words(_ text: String) -> [String] {
    var out: [String] = []
    var word = ""
    for character in text {
      if character == " " && !word.isEmpty && word.last != " " {
        out.append(word)
        word = ""
      }
      word.append(character)
    }
    if !word.isEmpty { out.append(word) }
    return out
  }
}

/// A modal form of several fields (for example an exception: justification, owner, requested by,
/// approved by, ticket, expiry).
///
/// Keys: tab/down and shift-tab/up move between fields; enter moves to the next single-line
/// field and submits on the last; enter inserts a new line in a multi-line field; ctrl-s submits
/// from anywhere; esc cancels. Submitting validates every field and focuses the first problem.
public struct Form: Hashable, Sendable {
  /// What a key did to the form.
  public enum Outcome: Hashable, Sendable {
    /// Still editing.
    case editing
    /// Submitted and valid: the values by field key.
    case submitted([String: String])
    /// Cancelled.
    case cancelled
  }

  /// The title.
  public var title: String
  /// Read-only lines shown above the fields (for example what an exception is about).
  public var summary: [String]
  /// The fields, top to bottom.
  public var fields: [FormField]
  /// The focused field.
  public private(set) var focus = 0
  /// The validation problem shown, if any.
  public private(set) var problem: String?

  /// Creates a form.
  public init(title: String, summary: [String] = [], fields: [FormField]) {
    self.title = title
    self.summary = summary
    self.fields = fields
  }

  /// The current values by field key.
  public var values: [String: String] {
    Dictionary(uniqueKeysWithValues: fields.map { ($0.key, $0.value.text) })
  }

  /// Applies a key.
  ///
  /// - Complexity: O(*n*) in the length of the focused field.
  public mutating func handle(_ key: Key) -> Outcome {
    guard !fields.isEmpty else { return key == .escape ? .cancelled : .editing }
    switch key {
    case .escape: return .cancelled
    case .control("s"): return submit()
    case .tab, .down: focus = (focus + 1) % fields.count
    case .backTab, .up: focus = (focus + fields.count - 1) % fields.count
    case .enter where !fields[focus].value.multiline:
      if focus == fields.count - 1 { return submit() }
      focus += 1
    default:
      _ = fields[focus].value.handle(key)
    }
    return .editing
  }

  private mutating func submit() -> Outcome {
    if let bad = fields.firstIndex(where: { $0.problem != nil }) {
      focus = bad
      problem = fields[bad].problem
      return .editing
    }
    problem = nil
    return .submitted(values)
  }

  /// The height the form needs.
  public var height: Int {
    fields.reduce(0) { $0 + $1.rows + 1 } + 5 + (summary.isEmpty ? 0 : summary.count + 1)
  }

  /// Draws the form centred in `rect`.
  ///
  /// - Complexity: O(*n*) in the total text length.
  public func draw(in rect: Rect, on screen: inout Screen) {
    let box = rect.centered(Size(width: min(rect.width - 2, 76), height: height))
    var inner = Box.draw(in: box, on: &screen, title: title, focused: true, fill: .dialog)
      .inset(dx: 1, dy: 0)
    inner = inner.splitTop(1).rest
    if !summary.isEmpty {
      for (i, line) in summary.enumerated() {
        screen.put(
          line.truncated(toWidth: inner.width, ellipsis: screen.glyphs.ellipsis), x: inner.x,
          y: inner.y + i, style: Style(.dialog), clip: inner)
      }
      inner = inner.splitTop(summary.count + 1).rest
    }
    for (i, field) in fields.enumerated() {
      let role: StyleRole = i == focus ? .title : .dialog
      let marker = i == focus ? "> " : "  "
      screen.put(marker + field.label, x: inner.x, y: inner.y, style: Style(role), clip: inner)
      let area = Rect(x: inner.x + 2, y: inner.y + 1, width: inner.width - 2, height: field.rows)
      if field.rows > 1 {
        field.value.drawMultiline(in: area, on: &screen, showCursor: i == focus)
      } else {
        field.value.draw(in: area, on: &screen, showCursor: i == focus)
      }
      inner = inner.splitTop(field.rows + 1).rest
    }
    if let problem {
      screen.put(problem, x: inner.x, y: inner.y, style: Style(.error), clip: inner)
    }
    let hints = StyledLine([
      Span("tab", .hintKey), Span(" next  ", .dialog), Span("ctrl-s", .hintKey),
      Span(" save  ", .dialog), Span("esc", .hintKey), Span(" cancel", .dialog),
    ])
    hints.draw(in: Rect(x: inner.x, y: box.maxY - 2, width: inner.width, height: 1), on: &screen)
  }
}

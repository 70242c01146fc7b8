/// A yes/no question in a centred box (`y`/enter: yes; `n`/esc: no).
public struct ConfirmDialog: Hashable, Sendable {
  /// The title.
  public var title: String
  /// The question.
  public var message: String

  /// Creates a dialog.
  public init(title: String, message: String) {
    self.title = title
    self.message = message
  }

  /// The answer a key gives: true (yes), false (no), nil (ignored).
  public func answer(for key: Key) -> Bool? {
    switch key {
    case .character("y"), .character("Y"), .enter: true
    case .character("n"), .character("N"), .escape: false
    default: nil
    }
  }

  /// Draws the dialog centred in `rect`, at most 72 columns wide (long questions wrap).
  ///
  /// - Complexity: O(*w*·*h*) of the dialog.
  public func draw(in rect: Rect, on screen: inout Screen) {
    let width = min(rect.width, 72, max(message.displayWidth, 24) + 6)
    let lines = StyledLine(message, .dialog).wrapped(toWidth: width - 4)
    let box = rect.centered(Size(width: width, height: lines.count + 4))
    let inner = Box.draw(in: box, on: &screen, title: title, focused: true, fill: .dialog)
    for (i, line) in lines.enumerated() {
      line.draw(in: inner.row(i).inset(dx: 1, dy: 0), on: &screen)
    }
    let hint = StyledLine([
      Span("y", .hintKey), Span(" yes   ", .dialog), Span("n", .hintKey), Span(" no", .dialog),
    ])
    hint.draw(in: inner.row(inner.height - 1).inset(dx: 1, dy: 0), on: &screen)
  }
}

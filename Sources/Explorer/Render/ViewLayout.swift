import TerminalUI

/// How a view fills the pane frame: wrapped summary lines on top, then the body, and on wide
/// terminals a preview panel beside a list.
public struct ViewLayout: Hashable, Sendable {
  /// The summary's wrapped lines that fit.
  public let summary: [StyledLine]
  /// Where the summary goes.
  public let summaryRect: Rect
  /// Where the body goes.
  public let body: Rect
  /// Where the preview goes (including its separator column), when shown.
  public let preview: Rect?

  /// Lays out `view` in `content`.
  ///
  /// - Complexity: O(*n*) in the summary's length.
  public init(view: ViewState, pane: any Pane, content: Rect) {
    let wrapped = TextView.wrap(view.view.summary, width: content.width)
    let room = max(0, content.height / 2 - 1)
    summary = Array(wrapped.prefix(room))
    let gap = summary.isEmpty ? 0 : 1
    let (top, rest) = content.splitTop(summary.count + gap)
    summaryRect = Rect(x: top.x, y: top.y, width: top.width, height: summary.count)
    var list = rest
    var side: Rect?
    let isList: Bool
    switch view.view.body {
    case .table, .tree: isList = true
    default: isList = false
    }
    if isList, content.width + 2 >= ScreenLayout.previewWidth,
      let id = view.selectedID, pane.preview(of: id, in: view.view) != nil
    {
      let split = rest.splitLeft(rest.width * 3 / 5)
      list = split.left
      side = split.rest
    }
    body = list
    preview = side
  }

  /// The number of rows the body's list shows (tables use one row for their header).
  public func viewport(for view: ViewState) -> Int {
    if case .table = view.view.body { return TableView.viewportHeight(body) }
    return max(1, body.height)
  }
}

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
  /// Under a grid on narrow terminals: where the selected cell's preview goes instead.
  public let footer: Rect?

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
    case .table, .tree, .grid: isList = true
    default: isList = false
    }
    if isList, content.width + 2 >= ScreenLayout.previewWidth,
      let id = view.selectedID, pane.preview(of: id, in: view.view) != nil
    {
      let split = rest.splitLeft(rest.width * 3 / 5)
      list = split.left
      side = split.rest
    }
    var below: Rect?
    if case .grid = view.view.body, side == nil, list.height >= 8, let id = view.selectedID,
      pane.preview(of: id, in: view.view) != nil
    {
      let split = list.splitBottom(Self.footerHeight)
      list = split.rest
      below = split.bottom
    }
    body = list
    preview = side
    footer = below
  }

  /// Lines of a grid's footer preview (a blank line, then the preview's first lines).
  public static let footerHeight = 3

  /// The number of rows the body's list shows (tables use one row for their header).
  public func viewport(for view: ViewState) -> Int {
    switch view.view.body {
    case .table: return TableView.viewportHeight(body)
    case .grid: return GridView.rowViewport(body)
    default: return max(1, body.height)
    }
  }

  /// The number of grid columns the body shows (1 for other bodies).
  public func columnViewport(for view: ViewState) -> Int {
    view.gridData.map { GridView.columnViewport($0, width: body.width) } ?? 1
  }
}

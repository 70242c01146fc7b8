import TerminalUI

/// Draws the whole state into a screen of `state.size`.
///
/// Pure: the same state always gives the same screen, which is what the golden tests compare.
///
/// - Complexity: O(*w*·*h*) plus the visible rows; independent of the number of rows in lists.
public func render(_ state: AppState) -> Screen {
  Renderer.render(state)
}

/// The renderer's implementation.
enum Renderer {
  static func render(_ state: AppState) -> Screen {
    var screen = Screen(size: state.size, glyphs: state.glyphs)
    let layout = ScreenLayout(size: state.size)
    if layout.isTooSmall {
      drawTooSmall(&screen)
      return screen
    }
    let (left, right) = header(state)
    HeaderBar.draw(left: left, right: right, in: layout.header, on: &screen)
    TabBar.draw(
      titles: PaneID.allCases.map(\.title), active: state.active.rawValue, in: layout.tabs,
      on: &screen)
    drawPane(state, layout: layout, on: &screen)
    drawStatus(state, in: layout.status, on: &screen)
    HintBar.draw(hints(state), in: layout.hints, on: &screen)
    drawOverlay(state, in: Rect(state.size), on: &screen)
    return screen
  }

  /// The header: unsaved exception edits on the left (never cut), the hide-excepted toggle on
  /// the right.
  private static func header(_ state: AppState) -> (String, String) {
    let left = state.header.left + (state.hasUnsavedChanges ? "  [unsaved exceptions]" : "")
    let right = (state.hidesExcepted ? "excepted hidden | " : "") + state.header.right
    return (left, right)
  }

  private static func drawTooSmall(_ screen: inout Screen) {
    let min = ScreenLayout.minimum
    let times = screen.glyphs == .ascii ? "x" : "×"
    let lines = [
      "terminal too small (need \(min.width)\(times)\(min.height))",
      "now \(screen.width)\(times)\(screen.height)",
    ]
    let top = max(0, screen.height / 2 - 1)
    for (i, line) in lines.enumerated() {
      let x = max(0, (screen.width - line.displayWidth) / 2)
      screen.put(line, x: x, y: top + i, style: Style(i == 0 ? .warning : .dim))
    }
  }

  private static func drawPane(_ state: AppState, layout: ScreenLayout, on screen: inout Screen) {
    let paneState = state.activePane
    let view = paneState.top
    Box.draw(in: layout.frame, on: &screen, title: view.view.title, focused: true)
    let inner = ViewLayout(view: view, pane: paneState.pane, content: layout.content)
    for (i, line) in inner.summary.enumerated() {
      line.draw(in: inner.summaryRect.row(i), on: &screen)
    }
    drawBody(view, in: inner.body, on: &screen)
    if let footer = inner.footer, let id = view.selectedID,
      let lines = paneState.pane.preview(of: id, in: view.view)
    {
      let area = footer.splitTop(1).rest
      TextView.draw(
        wrapped: Array(TextView.wrap(lines, width: area.width).prefix(area.height)), offset: 0,
        in: area, on: &screen)
    }
    if let preview = inner.preview, let id = view.selectedID,
      let lines = paneState.pane.preview(of: id, in: view.view)
    {
      for y in preview.y..<preview.maxY {
        screen.put(String(screen.glyphs.vertical), x: preview.x, y: y, style: Style(.border))
      }
      let area = Rect(
        x: preview.x + 2, y: preview.y, width: preview.width - 2, height: preview.height)
      TextView.draw(
        wrapped: TextView.wrap(lines, width: area.width), offset: 0, in: area, on: &screen)
    }
    drawPosition(view, frame: layout.frame, on: &screen)
  }

  private static func drawBody(_ view: ViewState, in rect: Rect, on screen: inout Screen) {
    switch view.view.body {
    case .table(let data, _):
      if let table = view.table {
        TableView.draw(data, state: table, in: rect, on: &screen, highlight: view.filter)
      }
    case .tree:
      if let tree = view.tree { TreeView.draw(tree, in: rect, on: &screen) }
    case .grid:
      if let data = view.gridData, let grid = view.grid {
        GridView.draw(data, state: grid, in: rect, on: &screen)
      }
    case .text:
      TextView.draw(
        wrapped: view.textLines(width: rect.width), offset: view.scroll.offset, in: rect,
        on: &screen, highlight: view.filter)
    case .notAnalysed(let message):
      let lines = StyledLine(message, .dim).wrapped(toWidth: max(10, rect.width - 8))
      let top = rect.y + max(0, rect.height / 3 - lines.count / 2)
      for (i, line) in lines.enumerated() {
        let x = rect.x + max(0, (rect.width - line.width) / 2)
        line.draw(in: Rect(x: x, y: top + i, width: rect.maxX - x, height: 1), on: &screen)
      }
    }
  }

  /// `row/count` on the frame's bottom edge for lists.
  private static func drawPosition(_ view: ViewState, frame: Rect, on screen: inout Screen) {
    let position: (Int, Int)?
    if let table = view.table {
      position = (table.visible.isEmpty ? 0 : table.cursor.index + 1, table.visible.count)
    } else if let tree = view.tree {
      position = (tree.rows.isEmpty ? 0 : tree.cursor.index + 1, tree.rows.count)
    } else if let grid = view.grid, let data = view.gridData {
      position = (data.rows.isEmpty ? 0 : grid.row.index + 1, data.rows.count)
    } else {
      position = nil
    }
    guard let (row, count) = position else { return }
    let text = " \(row)/\(count) "
    screen.put(
      text, x: frame.maxX - 2 - text.displayWidth, y: frame.maxY - 1, style: Style(.border))
  }

  private static func drawStatus(_ state: AppState, in rect: Rect, on screen: inout Screen) {
    switch state.mode {
    case .filter(let field, _):
      drawPrompt("/", field, in: rect, on: &screen)
      return
    case .command(let field):
      drawPrompt(":", field, in: rect, on: &screen)
      return
    default:
      break
    }
    var right: [Span] = []
    if let message = state.message {
      right.append(Span(message.text, message.role))
    } else {
      let filter = state.activePane.top.filter
      if !filter.isEmpty { right.append(Span("filter \"\(filter)\"", .crumbs)) }
      if let ns = state.namespace {
        if !right.isEmpty { right.append(Span("  ", .crumbs)) }
        right.append(Span("ns \(ns)", .crumbs))
      }
    }
    let line = StyledLine(right)
    let width = min(line.width + 1, rect.width / 2)
    let crumbsRect = Rect(x: rect.x, y: rect.y, width: rect.width - width, height: 1)
    Breadcrumbs.draw(state.crumbs, in: crumbsRect, on: &screen)
    let rightRect = Rect(x: crumbsRect.maxX, y: rect.y, width: width, height: 1)
    screen.fill(rightRect, style: Style(.crumbs))
    line.draw(in: rightRect, on: &screen)
  }

  private static func drawPrompt(
    _ prefix: String, _ field: TextField, in rect: Rect, on screen: inout Screen
  ) {
    screen.fill(rect, style: Style(.input))
    screen.put(prefix, x: rect.x, y: rect.y, style: Style(.hintKey))
    field.draw(in: Rect(x: rect.x + 1, y: rect.y, width: rect.width - 1, height: 1), on: &screen)
  }

  private static func hints(_ state: AppState) -> [HintBar.Hint] {
    func hint(_ key: String, _ label: String) -> HintBar.Hint {
      HintBar.Hint(key: key, label: label)
    }
    switch state.mode {
    case .normal: return contextHints(state) + state.keymap.hints
    case .filter:
      return [hint("enter", "keep filter"), hint("esc", "cancel"), hint("ctrl-u", "clear")]
    case .command:
      return [hint("enter", "run"), hint("esc", "cancel")]
        + state.activePane.pane.commands.map(\.hint)
        + [hint(":q", "quit"), hint(":theme", "NAME"), hint(":ns", "NAME")]
    case .help: return [hint("esc", "close"), hint("j/k", "scroll"), hint("pgup/pgdn", "page")]
    case .confirmQuit, .confirm: return [hint("y", "yes"), hint("n", "no")]
    case .form: return [hint("tab", "next field"), hint("ctrl-s", "save"), hint("esc", "cancel")]
    }
  }

  /// Hints for what the row under the cursor allows: marking an exception on a finding and
  /// hiding excepted ones; editing and deleting in the Exceptions tab.
  private static func contextHints(_ state: AppState) -> [HintBar.Hint] {
    let pane = state.activePane.pane
    let top = state.activePane.top
    let commands: [(Command, String)]
    if let exceptions = pane as? ExceptionsPane {
      guard exceptions.entry(at: top.selectedID, of: top.view) != nil else { return [] }
      commands = [(.editException, "edit"), (.deleteException, "delete")]
    } else {
      guard let row = top.selectedID, pane.finding(for: row, in: top.view) != nil else {
        return []
      }
      commands = [
        (.markException, "except"),
        (.toggleExcepted, state.hidesExcepted ? "show excepted" : "hide excepted"),
      ]
    }
    return commands.compactMap { command, label in
      state.keymap.keys(for: command).first.map { HintBar.Hint(key: $0.description, label: label) }
    }
  }

  private static func drawOverlay(_ state: AppState, in rect: Rect, on screen: inout Screen) {
    switch state.mode {
    case .help(let offset):
      HelpOverlay.draw(state.helpSections, offset: offset, in: rect, on: &screen)
    case .confirmQuit(let dialog), .confirm(let dialog, _, _):
      dialog.draw(in: rect, on: &screen)
    case .form(let form, _):
      form.draw(in: rect, on: &screen)
    default:
      break
    }
  }
}

import TerminalUI

extension Reducer {
  /// Runs a normal-mode command.
  static func run(_ command: Command, _ state: inout AppState) -> [Effect] {
    let layout = viewLayout(state)
    let viewport = layout.viewport(for: state.activePane.top)
    let width = layout.body.width
    let top = state.activePane.top
    func move(_ delta: Int) {
      state.activePane.top.move(by: delta, viewport: viewport, width: width)
    }
    switch command {
    case .moveUp: move(-1)
    case .moveDown: move(1)
    case .pageUp: move(-viewport)
    case .pageDown: move(viewport)
    case .halfPageUp: move(-max(1, viewport / 2))
    case .halfPageDown: move(max(1, viewport / 2))
    case .top: state.activePane.top.jump(toEnd: false, viewport: viewport, width: width)
    case .bottom: state.activePane.top.jump(toEnd: true, viewport: viewport, width: width)
    case .moveLeft:
      if state.activePane.top.moveColumn(by: -1, columns: layout.columnViewport(for: top)) {
        break
      }
      if !state.activePane.top.expand(false, viewport: viewport) { back(&state) }
    case .moveRight:
      if state.activePane.top.moveColumn(by: 1, columns: layout.columnViewport(for: top)) {
        break
      }
      if !state.activePane.top.expand(true, viewport: viewport) { open(&state, viewport: viewport) }
    case .toggleFold:
      let columns = layout.columnViewport(for: top)
      let message = state.activePane.top.toggleFold(rows: viewport, columns: columns)
      state.message = StatusMessage(message ?? "nothing to fold here", role: .dim)
    case .open: open(&state, viewport: viewport)
    case .back: back(&state)
    case .nextPane: switchPane(by: 1, &state)
    case .previousPane: switchPane(by: -1, &state)
    case .pane1, .pane2, .pane3, .pane4, .pane5, .pane6:
      if let pane = command.pane { state.active = pane }
    case .filter:
      let current = state.activePane.top.filter
      state.mode = .filter(TextField(current), previous: current)
    case .nextMatch, .previousMatch:
      let top = state.activePane.top
      if top.filter.isEmpty {
        state.message = StatusMessage("no filter; press / to search", role: .dim)
      } else if !state.activePane.top.jumpToMatch(
        forward: command == .nextMatch, viewport: viewport, width: width)
      {
        state.message = StatusMessage("no match for \"\(top.filter)\"", role: .warning)
      }
    case .sortNext: state.activePane.top.sort(nextColumn: true)
    case .sortReverse: state.activePane.top.sort(nextColumn: false)
    case .commandLine: state.mode = .command(TextField())
    case .help: state.mode = .help(offset: 0)
    case .quit:
      if state.hasUnsavedChanges {
        state.mode = .confirmQuit(
          ConfirmDialog(title: "Quit", message: "There are unsaved changes. Quit anyway?"))
        return []
      }
      return quit(&state)
    case .forceQuit: return quit(&state)
    case .markException: markException(&state)
    case .toggleExcepted: setHidesExcepted(!state.hidesExcepted, &state)
    case .editException: editException(&state)
    case .deleteException: deleteException(&state)
    case .switchDirection: switchDirection(&state)
    case .graphView: showGraph(&state)
    case .recapture: return recapture(&state)
    }
    return []
  }

  private static func switchPane(by delta: Int, _ state: inout AppState) {
    let all = PaneID.allCases
    let i = all.firstIndex(of: state.active) ?? 0
    state.active = all[(i + delta + all.count) % all.count]
  }

  /// Drills into the selected row, or toggles a tree node without drill-down.
  static func open(_ state: inout AppState, viewport: Int) {
    let top = state.activePane.top
    let pane = state.activePane.pane
    guard let id = top.selectedID else {
      if let link = pane.link(for: nil, in: top.view) { return follow(link, &state) }
      state.message = StatusMessage("nothing selected", role: .dim)
      return
    }
    if let view = pane.drill(into: id, of: top.view) {
      state.activePane.stack.append(
        ViewState(view: view, namespace: state.namespace, hiding: state.hiddenRoles))
      return
    }
    if let link = pane.link(for: id, in: top.view) { return follow(link, &state) }
    if case .tree = top.view.body {
      if !state.activePane.top.expand(true, viewport: viewport) {
        _ = state.activePane.top.expand(false, viewport: viewport)
      }
      return
    }
    state.message = StatusMessage("nothing to open here", role: .dim)
  }

  /// Follows a link to another tab: opens its row there, above that tab's root view.
  static func follow(_ link: PaneLink, _ state: inout AppState) {
    guard let target = state.panes.first(where: { $0.pane.id == link.pane }),
      let view = target.pane.drill(into: link.row, of: target.stack[0].view)
    else {
      state.message = StatusMessage("nothing to open in \(link.pane.title)", role: .dim)
      return
    }
    show(view, in: link.pane, &state)
  }

  /// Switches to tab `pane` and shows `view` above its root view.
  static func show(_ view: PaneView, in pane: PaneID, _ state: inout AppState) {
    guard let i = state.panes.firstIndex(where: { $0.pane.id == pane }) else { return }
    state.panes[i].stack = [
      state.panes[i].stack[0],
      ViewState(view: view, namespace: state.namespace, hiding: state.hiddenRoles),
    ]
    state.active = pane
  }

  /// The RBAC direction switch: subjects ⇄ actions at the top, a subject's rule → who can do
  /// it, a who-can subject → its rights.
  static func switchDirection(_ state: inout AppState) {
    guard let rbac = state.activePane.pane as? RBACPane else {
      state.message = StatusMessage("t switches direction in the RBAC tab (3)", role: .dim)
      return
    }
    let top = state.activePane.top
    switch rbac.switchDirection(
      row: top.selectedID, in: top.view, atRoot: state.activePane.stack.count == 1)
    {
    case .root(let view)?:
      state.activePane.stack = [
        ViewState(view: view, namespace: state.namespace, hiding: state.hiddenRoles)
      ]
    case .push(let view)?:
      state.activePane.stack.append(
        ViewState(view: view, namespace: state.namespace, hiding: state.hiddenRoles))
    case nil:
      state.message = StatusMessage("no other direction for this row", role: .dim)
    }
  }

  /// The RBAC graph of the selection (a subject, a who-can answer), drawn to the width.
  static func showGraph(_ state: inout AppState) {
    guard let rbac = state.activePane.pane as? RBACPane else {
      state.message = StatusMessage("v draws a graph in the RBAC tab (3)", role: .dim)
      return
    }
    let top = state.activePane.top
    let width = ScreenLayout(size: state.size).content.width
    guard
      let view = rbac.graph(
        of: top.selectedID, in: top.view, glyphs: state.glyphs, width: width)
    else {
      state.message = StatusMessage("no graph for this row", role: .dim)
      return
    }
    state.activePane.stack.append(
      ViewState(view: view, namespace: state.namespace, hiding: state.hiddenRoles))
  }

  /// `:who VERB RESOURCE [-n NS]` and `:can SUBJECT`: the answer opens in the RBAC tab.
  static func accessQuery(_ name: String, _ argument: String, _ state: inout AppState) {
    guard let rbac = state.panes.first(where: { $0.pane.id == .rbac })?.pane as? RBACPane else {
      return
    }
    switch rbac.query(name, argument) {
    case .success(let view): show(view, in: .rbac, &state)
    case .failure(let error): state.message = StatusMessage(error.description, role: .error)
    }
  }

  /// Goes back one breadcrumb, or clears the filter at the root.
  static func back(_ state: inout AppState) {
    if state.activePane.stack.count > 1 {
      state.activePane.stack.removeLast()
    } else if !state.activePane.top.filter.isEmpty {
      state.activePane.top.setFilter("")
    }
  }

  /// The table column drawn at `x` columns from the body's left edge.
  private static func column(at x: Int, of data: TableData, width: Int) -> Int? {
    let widths = ColumnFitter.fit(data.columns, natural: data.naturalWidths, available: width)
    var start = 0
    for (i, w) in widths.enumerated() {
      if x >= start && x < start + w + ColumnFitter.gap { return i }
      start += w + ColumnFitter.gap
    }
    return nil
  }

  /// Handles a mouse event: tabs, table headers (sort), rows, the wheel.
  static func mouse(_ event: MouseEvent, _ state: inout AppState) -> [Effect] {
    let screen = ScreenLayout(size: state.size)
    let layout = viewLayout(state)
    let viewport = layout.viewport(for: state.activePane.top)
    switch event.kind {
    case .wheelUp: state.activePane.top.move(by: -3, viewport: viewport, width: layout.body.width)
    case .wheelDown: state.activePane.top.move(by: 3, viewport: viewport, width: layout.body.width)
    case .press:
      if screen.tabs.contains(event.position) {
        let titles = PaneID.allCases.map(\.title)
        if let i = TabBar.tab(at: event.position.x, titles: titles, in: screen.tabs) {
          state.active = PaneID.allCases[i]
        }
        return []
      }
      guard layout.body.contains(event.position) else { return [] }
      var row = event.position.y - layout.body.y
      if state.activePane.top.click(
        x: event.position.x - layout.body.x, y: row, rows: viewport,
        columns: layout.columnViewport(for: state.activePane.top))
      {
        return []
      }
      if case .table(let data, _) = state.activePane.top.view.body {
        if row == 0 {
          if let column = column(
            at: event.position.x - layout.body.x, of: data, width: layout.body.width)
          {
            state.activePane.top.sort(column: column)
          }
          return []
        }
        row -= 1
      }
      let top = state.activePane.top
      let first = top.table?.cursor.offset ?? top.tree?.cursor.offset ?? 0
      state.activePane.top.select(position: first + row, viewport: viewport)
    }
    return []
  }
}

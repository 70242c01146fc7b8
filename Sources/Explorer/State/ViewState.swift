import TerminalUI

/// A view on the navigation stack with its interaction state: cursor, scroll, filter, sort,
/// expansion.
///
/// Going back restores it as it was (the view model is never recomputed).
public struct ViewState: Hashable, Sendable {
  /// The view model.
  public let view: PaneView
  /// The table state, when the body is a table.
  public private(set) var table: TableState?
  /// The tree state, when the body is a tree.
  public private(set) var tree: TreeState?
  /// The cell cursor, when the body is a grid.
  public private(set) var grid: GridState?
  /// The scroll position of a text body (its index is the top line).
  public var scroll = ListCursor()
  /// The `/` filter applied to this view.
  public private(set) var filter = ""

  /// Wraps a view model with fresh state, applying the namespace filter and hiding table rows
  /// with the roles in `hiding`.
  ///
  /// - Complexity: O(*n* log *n*) in the rows of the view.
  public init(view: PaneView, namespace: String?, hiding: Set<StyleRole> = []) {
    self.view = view
    switch view.body {
    case .table(let data, let sort):
      var state = TableState(data: data, sort: sort)
      if namespace != nil { state.setNamespace(namespace, data: data) }
      if !hiding.isEmpty { state.setHiddenRoles(hiding, data: data) }
      table = state
    case .tree(let roots, let depth):
      tree = TreeState(roots: roots, expandedDepth: depth)
    case .grid(_, let fold):
      grid = GridState(folded: fold != nil)
    case .text, .notAnalysed:
      break
    }
  }

  /// The grid shown (the folded one while folded), when the body is a grid.
  public var gridData: GridData? {
    guard case .grid(let data, let fold) = view.body else { return nil }
    return grid?.data(data, fold: fold)
  }

  /// The id of the selected table row or tree node.
  public var selectedID: String? {
    switch view.body {
    case .table(let data, _): table?.selectedRow(in: data)?.id
    case .tree: tree?.selected?.node.id
    case .grid: gridData.flatMap { grid?.selectedID(in: $0) }
    default: nil
    }
  }

  /// The lines of a text body, wrapped to `width`.
  ///
  /// - Complexity: O(*n*) in the text length.
  public func textLines(width: Int) -> [StyledLine] {
    switch view.body {
    case .text(let lines): TextView.wrap(lines, width: width)
    case .notAnalysed(let message): TextView.wrap([StyledLine(message, .dim)], width: width)
    default: []
    }
  }

  /// Moves the cursor (or scrolls text) by `delta` rows.
  ///
  /// - Complexity: O(1) for lists; O(*n*) in the text length for text.
  public mutating func move(by delta: Int, viewport: Int, width: Int) {
    switch view.body {
    case .table:
      let count = table?.visible.count ?? 0
      table?.cursor.move(by: delta, count: count, viewport: viewport)
    case .tree:
      let count = tree?.rows.count ?? 0
      tree?.cursor.move(by: delta, count: count, viewport: viewport)
    case .grid:
      guard let data = gridData else { return }
      grid?.moveRow(by: delta, in: data, viewport: viewport)
    case .text, .notAnalysed:
      let count = textLines(width: width).count
      let top = max(0, min(scroll.offset + delta, count - viewport))
      scroll = ListCursor(index: top, offset: top)
    }
  }

  /// Moves to the first (`toEnd` false) or last row.
  public mutating func jump(toEnd: Bool, viewport: Int, width: Int) {
    move(by: toEnd ? Int.max / 2 : -Int.max / 2, viewport: viewport, width: width)
  }

  /// Sets the `/` filter.
  ///
  /// - Complexity: O(*n* log *n*) in the rows of the view.
  public mutating func setFilter(_ text: String) {
    filter = text
    switch view.body {
    case .table(let data, _): table?.setFilter(text, data: data)
    case .tree(let roots, _): tree?.setFilter(text, roots: roots)
    default: break
    }
  }

  /// Sets the namespace filter (tables only).
  ///
  /// - Complexity: O(*n* log *n*) in the rows of the view.
  public mutating func setNamespace(_ namespace: String?) {
    if case .table(let data, _) = view.body { table?.setNamespace(namespace, data: data) }
  }

  /// Hides table rows whose role is in `roles` (tables only).
  ///
  /// - Complexity: O(*n* log *n*) in the rows of the view.
  public mutating func setHiddenRoles(_ roles: Set<StyleRole>) {
    if case .table(let data, _) = view.body { table?.setHiddenRoles(roles, data: data) }
  }

  /// Takes over the interaction state of `old`, the same view before its model was rebuilt.
  ///
  /// Restores filter, sort, the selected row (by id, else by position) and scroll; an unchanged
  /// model keeps the old state as it was.
  ///
  /// - Complexity: O(*n* log *n*) in the rows of the view.
  public mutating func restore(from old: ViewState) {
    if old.view == view {
      self = old
      return
    }
    if !old.filter.isEmpty { setFilter(old.filter) }
    scroll = old.scroll
    let selected = old.selectedID
    if case .table(let data, _) = view.body, var state = table, let previous = old.table {
      if let sort = previous.sort, state.sort != sort {
        state.sort(by: sort.column, data: data)
        if state.sort != sort { state.sort(by: sort.column, data: data) }
      }
      let kept = selected.flatMap { id in state.visible.firstIndex { data.rows[$0].id == id } }
      state.cursor.index = kept ?? min(previous.cursor.index, max(0, state.visible.count - 1))
      state.cursor.offset = previous.cursor.offset
      table = state
    }
    if var state = tree, let previous = old.tree {
      if let i = selected.flatMap({ id in state.rows.firstIndex { $0.node.id == id } }) {
        state.cursor.index = i
        state.cursor.offset = previous.cursor.offset
      }
      tree = state
    }
  }

  /// Jumps to the next or previous row (or text line) containing the filter text.
  ///
  /// - Complexity: O(*n*).
  @discardableResult
  public mutating func jumpToMatch(forward: Bool, viewport: Int, width: Int) -> Bool {
    guard !filter.isEmpty else { return false }
    let search = SubstringSearch(filter)
    switch view.body {
    case .table(let data, _):
      return table?.jumpToMatch(filter, forward: forward, data: data, viewport: viewport) ?? false
    case .tree:
      guard let state = tree, !state.rows.isEmpty else { return false }
      let count = state.rows.count
      for step in 1...count {
        let i = ((state.cursor.index + (forward ? step : -step)) % count + count) % count
        if search.matches(state.rows[i].node.label.plain.lowercased()) {
          tree?.cursor.move(to: i, count: count, viewport: viewport)
          return true
        }
      }
      return false
    case .grid:
      guard let data = gridData, let state = grid, !data.rows.isEmpty else { return false }
      let count = data.rows.count
      for step in 1...count {
        let i = ((state.row.index + (forward ? step : -step)) % count + count) % count
        if search.matches(data.rows[i].label.lowercased()) {
          grid?.row.move(to: i, count: count, viewport: viewport)
          return true
        }
      }
      return false
    case .text, .notAnalysed:
      let lines = textLines(width: width)
      guard !lines.isEmpty else { return false }
      for step in 1...lines.count {
        let i =
          ((scroll.offset + (forward ? step : -step)) % lines.count + lines.count) % lines.count
        if search.matches(lines[i].plain.lowercased()) {
          let top = max(0, min(i, lines.count - viewport))
          scroll = ListCursor(index: top, offset: top)
          return true
        }
      }
      return false
    }
  }

  /// Sorts a table by the next column (or reverses the current sort).
  public mutating func sort(nextColumn: Bool) {
    guard case .table(let data, _) = view.body, var state = table, !data.columns.isEmpty else {
      return
    }
    let current = state.sort?.column
    if nextColumn {
      state.sort(by: current.map { ($0 + 1) % data.columns.count } ?? 0, data: data)
    } else {
      state.sort(by: current ?? 0, data: data)
    }
    table = state
  }

  /// Sorts a table by `column` (a click on its header), flipping when already sorted by it.
  public mutating func sort(column: Int) {
    guard case .table(let data, _) = view.body else { return }
    table?.sort(by: column, data: data)
  }

  /// Expands (true) or collapses the selected tree node; collapsing a leaf or a collapsed node
  /// selects its parent.
  ///
  /// Returns whether anything changed.
  @discardableResult
  public mutating func expand(_ open: Bool, viewport: Int) -> Bool {
    guard case .tree(let roots, _) = view.body, var state = tree, let row = state.selected else {
      return false
    }
    let isOpen = state.expanded.contains(row.node.id)
    if open {
      guard !row.node.children.isEmpty, !isOpen else { return false }
      state.setExpanded(true, roots: roots)
    } else if isOpen {
      state.setExpanded(false, roots: roots)
    } else {
      guard row.parent != nil else { return false }
      state.selectParent(viewport: viewport)
    }
    tree = state
    return true
  }

  /// Keeps the cursor visible in a viewport of `viewport` rows.
  public mutating func follow(viewport: Int) {
    let rows = table?.visible.count ?? tree?.rows.count ?? 0
    table?.cursor.follow(count: rows, viewport: viewport)
    tree?.cursor.follow(count: rows, viewport: viewport)
    if let data = gridData { grid?.row.follow(count: data.rows.count, viewport: viewport) }
  }

  /// Moves a grid's cell cursor one column (`columns` fit on screen); returns false when the
  /// body is not a grid.
  @discardableResult
  public mutating func moveColumn(by delta: Int, columns: Int) -> Bool {
    guard let data = gridData else { return false }
    grid?.moveColumn(by: delta, in: data, viewport: columns)
    return true
  }

  /// Selects the grid cell or header a click hits (`x`, `y` from the body's top-left); returns
  /// false when the body is not a grid.
  @discardableResult
  public mutating func click(x: Int, y: Int, rows: Int, columns: Int) -> Bool {
    guard let data = gridData else { return false }
    grid?.click(x: x, y: y, in: data, rows: rows, columns: columns)
    return true
  }

  /// Folds or unfolds a grid (keeping the cursor on the same row and column) and says what
  /// changed; nil when the body has no fold.
  public mutating func toggleFold(rows: Int, columns: Int) -> String? {
    guard case .grid(let data, let fold?) = view.body, var state = grid else { return nil }
    state.toggleFold(data, fold: fold)
    state.follow(state.data(data, fold: fold), rows: rows, columns: columns)
    grid = state
    return state.isFolded ? "folded \(fold.name)" : "showing \(fold.name)"
  }

  /// Selects the visible row at `position` (a mouse click).
  public mutating func select(position: Int, viewport: Int) {
    let rows = table?.visible.count ?? tree?.rows.count ?? gridData?.rows.count ?? 0
    table?.cursor.move(to: position, count: rows, viewport: viewport)
    tree?.cursor.move(to: position, count: rows, viewport: viewport)
    grid?.row.move(to: position, count: rows, viewport: viewport)
  }
}

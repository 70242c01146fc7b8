/// The interactive state of a table: which rows are visible (after the filter, the namespace and
/// the sort), the cursor and the scroll offset.
///
/// The data itself stays immutable.
public struct TableState: Hashable, Sendable {
  /// The cursor over the visible rows.
  public var cursor = ListCursor()
  /// The sort, nil for the data's natural order.
  public private(set) var sort: TableSort?
  /// The `/` filter text (case-insensitive substring of any cell).
  public private(set) var filter = ""
  /// Only rows of this namespace (rows without a namespace are kept).
  public private(set) var namespace: String?
  /// Rows whose role is one of these are hidden (for example excepted findings).
  public private(set) var hiddenRoles: Set<StyleRole> = []
  /// Indices into ``TableData/rows`` of the visible rows, in display order.
  public private(set) var visible: [Int] = []

  /// Creates the state for `data`, showing every row.
  ///
  /// - Complexity: O(*n*).
  public init(data: TableData, sort: TableSort? = nil) {
    self.sort = sort
    refresh(data)
  }

  /// The row under the cursor.
  public func selectedRow(in data: TableData) -> TableRow? {
    visible.indices.contains(cursor.index) ? data.rows[visible[cursor.index]] : nil
  }

  /// Sets the filter and recomputes the visible rows, keeping the selected row when it stays.
  ///
  /// Typing more of the same filter only narrows the rows already visible (their order
  /// stays), so each keystroke gets cheaper.
  ///
  /// - Complexity: O(*v*) for *v* visible rows when the filter is extended, else
  ///   O(*n* log *n*).
  public mutating func setFilter(_ text: String, data: TableData) {
    let previous = filter.lowercased()
    filter = text
    if !previous.isEmpty, text.lowercased().hasPrefix(previous),
      visible.allSatisfy({ $0 < data.rows.count })
    {
      narrow(data)
    } else {
      refresh(data)
    }
  }

  /// Sets the namespace and recomputes the visible rows.
  ///
  /// - Complexity: O(*n* log *n*).
  public mutating func setNamespace(_ name: String?, data: TableData) {
    namespace = name
    refresh(data)
  }

  /// Hides rows whose role is in `roles` and recomputes the visible rows.
  ///
  /// - Complexity: O(*n* log *n*).
  public mutating func setHiddenRoles(_ roles: Set<StyleRole>, data: TableData) {
    hiddenRoles = roles
    refresh(data)
  }

  /// Sorts by `column`; sorting again by the same column flips the direction.
  ///
  /// - Complexity: O(*n* log *n*).
  public mutating func sort(by column: Int, data: TableData) {
    guard data.columns.indices.contains(column) else { return }
    if sort?.column == column {
      sort!.ascending.toggle()
    } else {
      sort = TableSort(column: column, ascending: !data.columns[column].alignRight)
    }
    refresh(data)
  }

  /// Moves the cursor to the next (or previous) visible row whose text contains `needle`,
  /// wrapping around; returns whether one was found.
  ///
  /// - Complexity: O(*n*).
  @discardableResult
  public mutating func jumpToMatch(_ needle: String, forward: Bool, data: TableData, viewport: Int)
    -> Bool
  {
    let count = visible.count
    guard count > 0, !needle.isEmpty else { return false }
    let search = SubstringSearch(needle)
    for step in 1...count {
      let i = (cursor.index + (forward ? step : -step) % count + count) % count
      if search.matches(data.rows[visible[i]].searchText) {
        cursor.move(to: i, count: count, viewport: viewport)
        return true
      }
    }
    return false
  }

  /// Keeps the visible rows that match the (extended) filter.
  private mutating func narrow(_ data: TableData) {
    let search = SubstringSearch(filter)
    show(visible.filter { search.matches(data.rows[$0].searchText) })
  }

  private mutating func refresh(_ data: TableData) {
    let search = SubstringSearch(filter)
    var rows = data.rows.indices.filter { i in
      let row = data.rows[i]
      if hiddenRoles.contains(row.role) { return false }
      if let namespace, let rowNamespace = row.namespace, rowNamespace != namespace {
        return false
      }
      return search.matches(row.searchText)
    }
    if let sort, data.columns.indices.contains(sort.column) {
      let c = sort.column
      rows.sort { a, b in
        let x = data.rows[a].cells.indices.contains(c) ? data.rows[a].cells[c] : ""
        let y = data.rows[b].cells.indices.contains(c) ? data.rows[b].cells[c] : ""
        if x.sorts(before: y) { return sort.ascending }
        if y.sorts(before: x) { return !sort.ascending }
        return a < b
      }
    }
    show(rows)
  }

  /// Shows `rows`, keeping the selected row when it stays.
  private mutating func show(_ rows: [Int]) {
    let selected = visible.indices.contains(cursor.index) ? visible[cursor.index] : nil
    visible = rows
    if let selected, let kept = rows.firstIndex(of: selected) {
      cursor.index = kept
    }
    cursor.index = max(0, min(cursor.index, rows.count - 1))
    cursor.offset = min(cursor.offset, max(0, rows.count - 1))
  }
}

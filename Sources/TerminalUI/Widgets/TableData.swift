/// The rows and columns of a table: an immutable view model built once, before it is shown.
///
/// Column widths are measured once here, so rendering only touches visible rows.
public struct TableData: Hashable, Sendable {
  /// The columns.
  public var columns: [TableColumn]
  /// The rows, in their natural order.
  public var rows: [TableRow]
  /// The widest text of each column (the header plus room for its sort marker included).
  public let naturalWidths: [Int]
  /// What to show when there are no rows.
  public var emptyMessage: String

  /// Creates table data and measures the columns.
  ///
  /// - Complexity: O(*r*·*c*) in rows and columns.
  public init(columns: [TableColumn], rows: [TableRow], emptyMessage: String = "nothing to show") {
    self.columns = columns
    self.rows = rows
    self.emptyMessage = emptyMessage
    var widths = columns.map { $0.title.displayWidth + 1 }
    for row in rows {
      for (i, cell) in row.cells.enumerated() where i < widths.count {
        widths[i] = max(widths[i], cell.text.displayWidth)
      }
    }
    naturalWidths = widths
  }

  /// The index of the row with `id`.
  ///
  /// - Complexity: O(*n*).
  public func index(of id: String) -> Int? { rows.firstIndex { $0.id == id } }
}

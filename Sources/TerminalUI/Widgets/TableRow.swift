/// One row of a ``TableData``.
public struct TableRow: Hashable, Sendable, Identifiable {
  /// A stable identity, used for drill-down and to keep the cursor on the same row when the
  /// table is re-sorted or filtered.
  public var id: String
  /// The cells, one per column.
  public var cells: [TableCell]
  /// The role of the whole row (cells may override it).
  public var role: StyleRole
  /// The row's namespace, for `:ns` filtering (nil: never hidden by `:ns`).
  public var namespace: String?
  /// The lower-cased text the `/` filter searches.
  public let searchText: String

  /// Creates a row.
  public init(id: String, cells: [TableCell], role: StyleRole = .body, namespace: String? = nil) {
    self.id = id
    self.cells = cells
    self.role = role
    self.namespace = namespace
    searchText = cells.map(\.text).joined(separator: " ").lowercased()
  }
}

/// How a table is sorted: by which column, in which direction.
public struct TableSort: Hashable, Sendable {
  /// The column index.
  public var column: Int
  /// Ascending (true) or descending.
  public var ascending: Bool

  /// Creates a sort order.
  public init(column: Int, ascending: Bool = true) {
    self.column = column
    self.ascending = ascending
  }
}

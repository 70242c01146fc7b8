/// A column of a ``TableData``.
public struct TableColumn: Hashable, Sendable {
  /// The header text.
  public var title: String
  /// Whether values are right-aligned (numbers).
  public var alignRight: Bool
  /// Whether the column gives up width first when the table is too wide, and takes spare width.
  public var flexible: Bool
  /// The narrowest it may become.
  public var minWidth: Int

  /// Creates a column.
  public init(_ title: String, alignRight: Bool = false, flexible: Bool = false, minWidth: Int = 3)
  {
    self.title = title
    self.alignRight = alignRight
    self.flexible = flexible
    self.minWidth = minWidth
  }
}

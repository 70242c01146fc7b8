/// One cell of a table row: display text, an optional role, and how it sorts.
public struct TableCell: Hashable, Sendable, ExpressibleByStringLiteral {
  /// What is shown.
  public var text: String
  /// The role it is drawn with (nil: the row's role).
  public var role: StyleRole?
  /// A numeric sort value; cells without one sort by text.
  public var number: Double?

  /// Creates a text cell.
  public init(_ text: String, role: StyleRole? = nil) {
    self.text = text
    self.role = role
  }

  /// Creates a numeric cell that sorts by value.
  public init(_ number: Int, role: StyleRole? = nil) {
    self.text = String(number)
    self.role = role
    self.number = Double(number)
  }

  /// Creates a text cell from a literal.
  public init(stringLiteral value: String) { self.init(value) }

  /// Whether this cell sorts before `other`.
  public func sorts(before other: TableCell) -> Bool {
    if let a = number, let b = other.number { return a < b }
    if (number == nil) != (other.number == nil) { return number != nil }
    return NaturalOrder.precedes(text, other.text)
  }
}

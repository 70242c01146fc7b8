/// A rectangle of cells, the unit of layout: widgets draw inside the rectangle they are given.
public struct Rect: Hashable, Sendable {
  /// The top left cell.
  public var x: Int
  /// The top row.
  public var y: Int
  /// Columns.
  public var width: Int
  /// Rows.
  public var height: Int

  /// Creates a rectangle; negative sizes are clamped to zero.
  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// The rectangle covering a whole screen of `size`.
  public init(_ size: Size) { self.init(x: 0, y: 0, width: size.width, height: size.height) }

  /// The column after the last one.
  public var maxX: Int { x + width }
  /// The row after the last one.
  public var maxY: Int { y + height }
  /// Whether it covers no cell.
  public var isEmpty: Bool { width == 0 || height == 0 }

  /// Whether the cell at `point` lies inside.
  public func contains(_ point: Point) -> Bool {
    point.x >= x && point.x < maxX && point.y >= y && point.y < maxY
  }

  /// The rectangle shrunk by `dx` columns on each side and `dy` rows at top and bottom.
  public func inset(dx: Int, dy: Int) -> Rect {
    Rect(x: x + dx, y: y + dy, width: width - 2 * dx, height: height - 2 * dy)
  }

  /// The first `rows` rows and the rest.
  public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
    let n = min(max(0, rows), height)
    return (
      Rect(x: x, y: y, width: width, height: n),
      Rect(x: x, y: y + n, width: width, height: height - n)
    )
  }

  /// The last `rows` rows and the rest above them.
  public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
    let n = min(max(0, rows), height)
    return (
      Rect(x: x, y: y, width: width, height: height - n),
      Rect(x: x, y: maxY - n, width: width, height: n)
    )
  }

  /// The first `columns` columns and the rest.
  public func splitLeft(_ columns: Int) -> (left: Rect, rest: Rect) {
    let n = min(max(0, columns), width)
    return (
      Rect(x: x, y: y, width: n, height: height),
      Rect(x: x + n, y: y, width: width - n, height: height)
    )
  }

  /// A rectangle of at most `size`, centred in this one.
  public func centered(_ size: Size) -> Rect {
    let w = min(size.width, width)
    let h = min(size.height, height)
    return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
  }

  /// The row `offset` rows from the top, one row high.
  public func row(_ offset: Int) -> Rect { Rect(x: x, y: y + offset, width: width, height: 1) }
}

/// The cursor and scroll offset of a list of rows, shared by tables, trees and text views.
///
/// The offset is the first visible row; ``follow(count:viewport:)`` keeps the cursor visible.
public struct ListCursor: Hashable, Sendable {
  /// The selected row.
  public var index: Int
  /// The first visible row.
  public var offset: Int

  /// Creates a cursor at the top.
  public init(index: Int = 0, offset: Int = 0) {
    self.index = index
    self.offset = offset
  }

  /// Moves by `delta` rows, clamped to `0..<count`, and scrolls to keep it visible.
  public mutating func move(by delta: Int, count: Int, viewport: Int) {
    index = max(0, min(count - 1, index + delta))
    follow(count: count, viewport: viewport)
  }

  /// Moves to row `row`, clamped, and scrolls to keep it visible.
  public mutating func move(to row: Int, count: Int, viewport: Int) {
    index = max(0, min(count - 1, row))
    follow(count: count, viewport: viewport)
  }

  /// Clamps the cursor and offset to a list of `count` rows shown `viewport` rows at a time.
  public mutating func follow(count: Int, viewport: Int) {
    index = max(0, min(count - 1, index))
    let rows = max(1, viewport)
    if index < offset { offset = index }
    if index >= offset + rows { offset = index - rows + 1 }
    offset = max(0, min(offset, max(0, count - rows)))
  }
}

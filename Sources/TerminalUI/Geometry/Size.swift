/// A size in terminal cells.
public struct Size: Hashable, Sendable, CustomStringConvertible {
  /// Columns.
  public var width: Int
  /// Rows.
  public var height: Int

  /// Creates a size; negative values are clamped to zero.
  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// Whether this size is at least as large as `other` in both directions.
  public func contains(_ other: Size) -> Bool { width >= other.width && height >= other.height }

  /// `W×H`.
  public var description: String { "\(width)×\(height)" }
}

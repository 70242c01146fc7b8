/// A folded variant of a grid, shown first; the fold key (`z`) switches between the two.
///
/// Some rows and columns are merged into group headers (for example system namespaces).
public struct GridFold: Hashable, Sendable {
  /// The folded grid.
  public var grid: GridData
  /// What is folded, for the status line (for example `10 system namespaces`).
  public var name: String

  /// Creates a fold.
  public init(grid: GridData, name: String) {
    self.grid = grid
    self.name = name
  }
}

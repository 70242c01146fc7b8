/// A folded variant of a grid: some rows and columns merged into group headers (for example
/// system namespaces). The explorer shows it first; the fold key switches between the two.
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

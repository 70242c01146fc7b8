/// Fits column widths into the available width: natural widths when they fit (columns stay
/// packed to the left), otherwise flexible columns shrink first, widest first, then the others,
/// down to their minimum.
public enum ColumnFitter {
  /// The gap between columns.
  public static let gap = 1

  /// The width of each column.
  ///
  /// - Complexity: O(*c*·*s*) in columns and shrink steps.
  public static func fit(_ columns: [TableColumn], natural: [Int], available: Int) -> [Int] {
    guard !columns.isEmpty else { return [] }
    var widths = zip(columns, natural).map { max($0.minWidth, $1) }
    let budget = available - gap * (columns.count - 1)
    var excess = widths.reduce(0, +) - budget
    for pass in [true, false] where excess > 0 {
      while excess > 0 {
        let candidates = widths.indices.filter {
          columns[$0].flexible == pass && widths[$0] > columns[$0].minWidth
        }
        guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
        let others = candidates.filter { $0 != widest }.map { widths[$0] }.max() ?? 0
        let step = min(excess, max(1, widths[widest] - max(others, columns[widest].minWidth)))
        widths[widest] -= step
        excess -= step
      }
    }
    return widths
  }
}

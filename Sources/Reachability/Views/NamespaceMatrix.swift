/// The namespace × namespace reachability matrix with the views derived from it:
/// isolation coverage, flat namespaces and environment crossings.
public struct NamespaceMatrix: Sendable {
  /// Every namespace, sorted (rows and columns).
  public let namespaces: [String]
  /// One cell per ordered namespace pair holding at least one workload pair, sorted by
  /// (from, to).
  public let cells: [MatrixCell]
  /// Per-namespace isolation coverage and external exposure, parallel to ``namespaces``.
  public let coverage: [NamespaceCoverage]
  /// Each namespace's environment label value, when it has one.
  public let environments: [String: String]
  /// Namespaces with at least two workloads where every workload reaches every other on
  /// every port.
  public let flatNamespaces: [String]
  /// Allowed paths from a lower to a higher environment.
  public let environmentCrossings: [EnvironmentCrossing]

  /// The cell for a namespace pair, if it has workload pairs.
  ///
  /// - Complexity: O(log *n*).
  public func cell(from: String, to: String) -> MatrixCell? {
    var lo = 0
    var hi = cells.count - 1
    while lo <= hi {
      let mid = (lo + hi) / 2
      let key = (cells[mid].from, cells[mid].to)
      if key == (from, to) { return cells[mid] }
      if key < (from, to) { lo = mid + 1 } else { hi = mid - 1 }
    }
    return nil
  }
}

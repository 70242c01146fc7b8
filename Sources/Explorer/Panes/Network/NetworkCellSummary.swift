import Reachability

/// What a heat-map cell (or a row/column of the fold group) sums up: the verdict, the union
/// of ports and the pair counts over the namespace pairs it covers.
struct NetworkCellSummary: Sendable {
  /// The source namespaces.
  let from: [String]
  /// The destination namespaces.
  let to: [String]
  /// The combined verdict; nil when no workload pair exists.
  let verdict: MatrixVerdict?
  /// The union of the allowed connections.
  let ports: ConnectionSet
  /// Ordered workload pairs.
  let pairs: Int
  /// Pairs with some connection.
  let connected: Int
  /// Pairs with All Connections.
  let fullyOpen: Int

  /// Sums the precomputed matrix cells of every (from, to) namespace pair.
  ///
  /// - Complexity: O(*a*·*b*) O(1) cell lookups.
  init(matrix: NamespaceMatrix, from: [String], to: [String]) {
    self.from = from
    self.to = to
    var verdicts: [MatrixVerdict?] = []
    var ports = ConnectionSet.none
    var pairs = 0
    var connected = 0
    var fullyOpen = 0
    for a in from {
      for b in to {
        let cell = matrix.cell(from: a, to: b)
        verdicts.append(cell?.verdict)
        guard let cell else { continue }
        ports = ports.union(cell.ports)
        pairs += cell.pairCount
        connected += cell.connectedPairCount
        fullyOpen += cell.fullyOpenPairCount
      }
    }
    verdict = NetworkHeatMap.combined(verdicts)
    self.ports = ports
    self.pairs = pairs
    self.connected = connected
    self.fullyOpen = fullyOpen
  }
}

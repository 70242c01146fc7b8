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
  /// - Complexity: O(*a* log *n* + *b* log *n*) plus ``NamespaceMatrix/block(from:to:)``.
  init(matrix: NamespaceMatrix, from: [String], to: [String]) {
    self.from = from
    self.to = to
    let block = matrix.block(
      from: from.compactMap(matrix.index(of:)), to: to.compactMap(matrix.index(of:)))
    verdict = block.verdict
    ports = block.ports
    pairs = block.pairCount
    connected = block.connectedPairCount
    fullyOpen = block.fullyOpenPairCount
  }
}

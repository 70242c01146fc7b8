extension NamespaceMatrix {
  /// The sums over a block of cells (every source × every destination namespace): the heat
  /// map's folded rows and columns and its corner.
  ///
  /// Equal to adding up ``cell(from:to:)`` over the block, computed from per-namespace counts
  /// and the restricted cells, so the whole matrix costs O(*n* + *k*), not O(*n*²).
  ///
  /// - Complexity: O(*a* + *b* + min(*a*·*b*, *k*)) for *k* restricted cells.
  public func block(from sources: [Int], to destinations: [Int]) -> MatrixBlock {
    let shared = Set(sources).intersection(destinations)
    func sum(_ values: [Int], _ indices: [Int]) -> Int { indices.reduce(0) { $0 + values[$1] } }
    func sum(_ values: [Int], _ indices: Set<Int>) -> Int { indices.reduce(0) { $0 + values[$1] } }
    let pairs =
      sum(counts.peers, sources) * sum(counts.peers, destinations) - sum(counts.peers, shared)
    let open =
      sum(counts.openOut, sources) * sum(counts.openIn, destinations)
      - sum(counts.openBoth, shared)
    var stats = CellStats(connected: open, fullyOpen: open, ports: open > 0 ? .all : .none)
    func add(_ cell: CellStats) {
      stats.connected += cell.connected
      stats.fullyOpen += cell.fullyOpen
      stats.ports = stats.ports.union(cell.ports)
    }
    let n = namespaces.count
    if sources.count * destinations.count <= restricted.count {
      for a in sources {
        for b in destinations { if let cell = restricted[a * n + b] { add(cell) } }
      }
    } else {
      let from = Set(sources)
      let to = Set(destinations)
      for (key, cell) in restricted where from.contains(key / n) && to.contains(key % n) {
        add(cell)
      }
    }
    let verdict: MatrixVerdict? =
      pairs == 0
      ? nil : stats.connected == 0 ? MatrixVerdict.none : stats.fullyOpen == pairs ? .all : .partial
    return MatrixBlock(
      verdict: verdict, ports: stats.ports, pairCount: pairs, connectedPairCount: stats.connected,
      fullyOpenPairCount: stats.fullyOpen)
  }
}

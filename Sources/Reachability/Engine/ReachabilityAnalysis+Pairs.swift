extension ReachabilityAnalysis {
  /// Every ordered workload pair from one namespace to another with its connections (empty
  /// when denied), self pairs omitted, sorted by source then destination: the rows behind
  /// a matrix cell.
  ///
  /// Evaluates only the two namespaces' classes, so opening a cell does not recompute the
  /// whole connectivity list.
  ///
  /// - Complexity: O(*a*·*b*·*r*) for *a* and *b* classes in the namespaces and *r* rules per
  ///   class.
  public func workloadPairs(from source: String, to destination: String) -> [PeerConnection] {
    let m = model
    guard let a = m.namespaceIndex(of: source), let b = m.namespaceIndex(of: destination) else {
      return []
    }
    var merged: [PairKey: ConnectionSet] = [:]
    for d in m.namespaceRanges[b] {
      let table = m.ingressIsolated.contains(d) ? m.ingressTable(of: d) : nil
      for s in m.namespaceRanges[a] {
        var ports =
          m.egressIsolated.contains(s) ? m.egressPorts(from: s, to: d) : ConnectionSet.all
        if let table, !ports.isEmpty { ports = ports.intersection(table.ports(from: s)) }
        for ps in m.peersOfClass[s] {
          for pd in m.peersOfClass[d] where ps != pd {
            let key = PairKey(source: ps, destination: pd)
            merged[key] = (merged[key] ?? .none).union(ports)
          }
        }
      }
    }
    return merged.sorted {
      ($0.key.source, $0.key.destination) < ($1.key.source, $1.key.destination)
    }.map {
      PeerConnection(
        source: .workload(m.peers[$0.key.source]),
        destination: .workload(m.peers[$0.key.destination]), connections: $0.value)
    }
  }

  /// Explains traffic between two workload peers (see ``explain(from:to:)``).
  public func explain(_ source: WorkloadPeer, _ destination: WorkloadPeer) throws
    -> [ConnectionExplanation]
  {
    try explain(from: source.description, to: destination.description)
  }
}

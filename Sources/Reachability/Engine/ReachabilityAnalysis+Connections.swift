extension ReachabilityAnalysis {
  /// Every ordered peer pair with a non-empty connection set, sorted as np-guard prints them
  /// (byte-wise by source, then destination), self pairs and external-to-external omitted.
  /// A peer spanning several classes gets the union over its classes.
  ///
  /// - Complexity: O(*C*²/64 + *k* log *k*) for *k* lines.
  public func connections() -> [PeerConnection] {
    let m = model
    let heterogeneous = m.classesOfPeer.map { $0.count > 1 }
    var lines: [(source: Int, destination: Int, ports: ConnectionSet)] = []
    var merged: [PairKey: ConnectionSet] = [:]
    let names = m.peers.map(\.description)
    let sourceNames = m.sourceAtoms.ranges.indices.map(m.sourceAtoms.name)
    let destinationNames = m.destinationAtoms.ranges.indices.map(m.destinationAtoms.name)

    func add(_ source: Int, _ destination: Int, _ ports: ConnectionSet, merge: Bool) {
      if merge {
        let key = PairKey(source: source, destination: destination)
        merged[key] = (merged[key] ?? .none).union(ports)
      } else {
        lines.append((source, destination, ports))
      }
    }
    func name(_ endpoint: Int) -> String {
      if endpoint >= 0 { return names[endpoint] }
      if endpoint > PairKey.destinationBase { return sourceNames[-endpoint - 1] }
      return destinationNames[PairKey.destinationBase - endpoint]
    }

    m.forEachClassPair(includeOpen: true) { s, d, ports in
      for ps in m.peersOfClass[s] {
        for pd in m.peersOfClass[d] where ps != pd {
          add(ps, pd, ports, merge: heterogeneous[ps] || heterogeneous[pd])
        }
      }
    }
    m.forEachExternalSource { atom, d, ports in
      for pd in m.peersOfClass[d] { add(-atom - 1, pd, ports, merge: heterogeneous[pd]) }
    }
    m.forEachExternalDestination { s, atom, ports in
      for ps in m.peersOfClass[s] {
        add(ps, PairKey.destinationBase - atom, ports, merge: heterogeneous[ps])
      }
    }
    for (key, ports) in merged { lines.append((key.source, key.destination, ports)) }
    lines.sort { a, b in
      if a.source != b.source {
        return a.source >= 0 && b.source >= 0 ? a.source < b.source : name(a.source) < name(b.source)
      }
      if a.destination >= 0 && b.destination >= 0 { return a.destination < b.destination }
      return name(a.destination) < name(b.destination)
    }
    func endpoint(_ code: Int) -> ReachabilityEndpoint {
      if code >= 0 { return .workload(m.peers[code]) }
      if code > PairKey.destinationBase { return .external(m.sourceAtoms.ranges[-code - 1]) }
      return .external(m.destinationAtoms.ranges[PairKey.destinationBase - code])
    }
    return lines.map {
      PeerConnection(
        source: endpoint($0.source), destination: endpoint($0.destination), connections: $0.ports)
    }
  }

  /// The connectivity list in np-guard's text format (`SRC => DST : CONN` lines).
  ///
  /// - Complexity: that of ``connections()``.
  public func connlist() -> String {
    connections().map { "\($0)\n" }.joined()
  }

  /// The connections between workloads of two namespaces (a matrix cell's pairs).
  ///
  /// - Complexity: that of ``connections()``.
  public func connections(from source: String, to destination: String) -> [PeerConnection] {
    connections().filter {
      $0.source.namespace == source && $0.destination.namespace == destination
    }
  }
}

/// A peer pair key: peers are ≥ 0, source atoms −1…, destination atoms below
/// ``destinationBase``.
struct PairKey: Hashable {
  static let destinationBase = -(1 << 40)
  var source: Int
  var destination: Int
}

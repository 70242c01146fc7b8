extension ReachabilityAnalysis {
  /// Computes the namespace matrix and its derived views (spec §5 step 10).
  ///
  /// Open pairs (source not egress-isolated, destination not ingress-isolated) are counted
  /// in bulk, so an unprotected cluster costs no more than a protected one.
  ///
  /// - Complexity: O(*C*²/64 + *k*) for *k* restricted connected class pairs.
  public func matrix() -> NamespaceMatrix {
    let m = model
    let nsCount = m.namespaces.count
    let peerNamespace = m.peers.map { m.namespaceIndex(of: $0.namespace)! }
    let openOut = m.classesOfPeer.map { $0.contains { !m.egressIsolated.contains($0) } }
    let openIn = m.classesOfPeer.map { $0.contains { !m.ingressIsolated.contains($0) } }
    let heterogeneous = m.classesOfPeer.map { $0.count > 1 }

    var stats: [Int: CellStats] = [:]
    var merged: [PairKey: ConnectionSet] = [:]
    func record(_ cell: Int, pairs: Int, _ ports: ConnectionSet) {
      var entry = stats[cell] ?? CellStats()
      entry.connected += pairs
      if ports.isAll {
        entry.fullyOpen += pairs
        entry.ports = .all
      } else if !entry.ports.isAll && entry.ports != ports {
        entry.ports = entry.ports.union(ports)
      }
      stats[cell] = entry
    }
    func record(_ source: Int, _ destination: Int, _ ports: ConnectionSet) {
      record(peerNamespace[source] * nsCount + peerNamespace[destination], pairs: 1, ports)
    }
    // A peer in one class shares that class's namespace and isolation, so its pairs with the
    // one-class peers of another class are counted in bulk; only heterogeneous peers (in
    // several classes, connections unioned) go pair by pair.
    let single = m.peersOfClass.map { $0.filter { !heterogeneous[$0] } }
    let several = m.peersOfClass.map { $0.filter { heterogeneous[$0] } }
    let singleCount = single.map(\.count)
    let hasSeveral = several.map { !$0.isEmpty }
    let classNamespace = m.classes.map(\.namespaceIndex)
    let classOpenOut = m.classes.indices.map { !m.egressIsolated.contains($0) }
    let classOpenIn = m.classes.indices.map { !m.ingressIsolated.contains($0) }
    m.forEachClassPair(includeOpen: false) { s, d, ports in
      let sources = singleCount[s]
      let destinations = singleCount[d]
      if sources > 0 && destinations > 0 && !(classOpenOut[s] && classOpenIn[d]) {
        let pairs = sources * destinations - (s == d ? sources : 0)
        if pairs > 0 {
          record(classNamespace[s] * nsCount + classNamespace[d], pairs: pairs, ports)
        }
      }
      guard hasSeveral[s] || hasSeveral[d] else { return }
      func merge(_ ps: Int, _ pd: Int) {
        guard ps != pd && !(openOut[ps] && openIn[pd]) else { return }
        let key = PairKey(source: ps, destination: pd)
        merged[key] = (merged[key] ?? .none).union(ports)
      }
      for ps in several[s] { for pd in m.peersOfClass[d] { merge(ps, pd) } }
      for ps in single[s] { for pd in several[d] { merge(ps, pd) } }
    }
    for (key, ports) in merged { record(key.source, key.destination, ports) }

    var counts = NamespacePeerCounts(
      peers: Array(repeating: 0, count: nsCount), openOut: Array(repeating: 0, count: nsCount),
      openIn: Array(repeating: 0, count: nsCount), openBoth: Array(repeating: 0, count: nsCount))
    for (peer, ns) in peerNamespace.enumerated() {
      counts.peers[ns] += 1
      if openOut[peer] { counts.openOut[ns] += 1 }
      if openIn[peer] { counts.openIn[ns] += 1 }
      if openOut[peer] && openIn[peer] { counts.openBoth[ns] += 1 }
    }
    return NamespaceMatrix(
      namespaces: m.namespaces, coverage: coverage(), environments: environmentLabels(),
      counts: counts, restricted: stats)
  }

  /// Per-namespace isolation coverage and external exposure.
  ///
  /// - Complexity: O(*C*·(*r* + *A*)).
  public func coverage() -> [NamespaceCoverage] {
    let m = model
    var pods = [Int](repeating: 0, count: m.namespaces.count)
    var ingress = pods
    var egress = pods
    var fromExternal = [ConnectionSet](repeating: .none, count: m.namespaces.count)
    var toExternal = fromExternal
    for (index, cls) in m.classes.enumerated() {
      pods[cls.namespaceIndex] += cls.podCount
      if m.ingressIsolated.contains(index) { ingress[cls.namespaceIndex] += cls.podCount }
      if m.egressIsolated.contains(index) { egress[cls.namespaceIndex] += cls.podCount }
    }
    m.forEachExternalSource { _, d, ports in
      let ns = m.classes[d].namespaceIndex
      fromExternal[ns] = fromExternal[ns].union(ports)
    }
    m.forEachExternalDestination { s, _, ports in
      let ns = m.classes[s].namespaceIndex
      toExternal[ns] = toExternal[ns].union(ports)
    }
    var policies = [Int](repeating: 0, count: m.namespaces.count)
    for policy in m.policies { policies[policy.namespaceIndex] += 1 }
    return m.namespaces.indices.map {
      NamespaceCoverage(
        namespace: m.namespaces[$0], pods: pods[$0], ingressIsolatedPods: ingress[$0],
        egressIsolatedPods: egress[$0], policies: policies[$0], fromExternal: fromExternal[$0],
        toExternal: toExternal[$0])
    }
  }

  /// Each namespace's environment: the first configured label present.
  func environmentLabels() -> [String: String] {
    var result: [String: String] = [:]
    for (index, name) in model.namespaces.enumerated() {
      let labels = model.namespaceLabels[index]
      if let value = model.options.environmentLabels.lazy.compactMap({ labels[$0] }).first {
        result[name] = value
      }
    }
    return result
  }
}

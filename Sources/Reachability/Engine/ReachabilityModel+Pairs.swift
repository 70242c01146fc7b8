extension ReachabilityModel {
  /// The ingress table of an ingress-isolated destination class.
  ///
  /// - Complexity: O(*r*·*C*/64) for *r* applicable rules.
  func ingressTable(of destination: Int) -> IngressTable {
    var table = IngressTable(admitted: everyClass)
    for ruleIndex in ingressRulesOf[destination] {
      let rule = rules[ruleIndex]
      let ports = rule.ports(toward: destination, in: classes)
      if ports.isEmpty { continue }
      if rule.allPeers {
        table.fromAll = table.fromAll.union(ports)
      } else if !rule.classes.isEmpty {
        if let group = table.groups.firstIndex(where: { $0.ports == ports }) {
          table.groups[group].sources.formUnion(rule.classes)
        } else {
          table.groups.append((rule.classes, ports))
        }
      }
    }
    if let node = classes[destination].node, let local = nodeTrafficOfNode[node] {
      table.groups.append((local, .all))
    }
    guard table.fromAll.isEmpty else { return table }
    table.admitted = table.groups.first?.sources ?? ClassSet(capacity: classes.count)
    for group in table.groups.dropFirst() { table.admitted.formUnion(group.sources) }
    return table
  }

  /// The destination classes an egress-isolated source reaches on some port.
  ///
  /// - Complexity: O(*r*·*C*/64).
  func egressReach(of source: Int) -> ClassSet {
    var reach = ClassSet(capacity: classes.count)
    for ruleIndex in egressRulesOf[source] {
      let rule = rules[ruleIndex]
      if rule.numeric.isEmpty && rule.named.isEmpty { continue }
      if rule.allPeers { return everyClass }
      reach.formUnion(rule.classes)
    }
    return reach
  }

  /// The ports an egress-isolated source's rules open toward a destination class.
  @inline(__always) func egressPorts(from source: Int, to destination: Int) -> ConnectionSet {
    var result = ConnectionSet.none
    for ruleIndex in egressRulesOf[source] {
      let rule = rules[ruleIndex]
      if rule.allPeers || rule.classes.contains(destination) {
        result = result.union(rule.ports(toward: destination, in: classes))
      }
    }
    return result
  }

  /// The ports allowed from one class to another (both ends must allow, spec §1).
  public func connections(from source: Int, to destination: Int) -> ConnectionSet {
    let egress =
      egressIsolated.contains(source) ? egressPorts(from: source, to: destination) : .all
    guard ingressIsolated.contains(destination), !egress.isEmpty else { return egress }
    return egress.intersection(ingressTable(of: destination).ports(from: source))
  }

  /// Calls `body` for every ordered class pair with a non-empty connection set, except
  /// pairs where neither end is isolated in the relevant direction when `includeOpen` is
  /// `false` (those are always `All Connections`; see ``isOpen(from:to:)``).
  ///
  /// - Complexity: O(*C*²/64 + *k*) bit operations for *k* emitted pairs, plus the open
  ///   pairs when included.
  public func forEachClassPair(
    includeOpen: Bool, _ body: (_ source: Int, _ destination: Int, ConnectionSet) -> Void
  ) {
    let count = classes.count
    var reach: [ClassSet?] = Array(repeating: nil, count: count)
    egressIsolated.forEach { reach[$0] = egressReach(of: $0) }
    ingressIsolated.forEach { destination in
      let table = ingressTable(of: destination)
      table.admitted.forEach { source in
        var ports = table.ports(from: source)
        if let reachable = reach[source] {
          guard reachable.contains(destination) else { return }
          ports = ports.intersection(egressPorts(from: source, to: destination))
        }
        if !ports.isEmpty { body(source, destination, ports) }
      }
    }
    egressIsolated.forEach { source in
      var targets = reach[source]!
      targets.subtract(ingressIsolated)
      targets.forEach { destination in
        let ports = egressPorts(from: source, to: destination)
        if !ports.isEmpty { body(source, destination, ports) }
      }
    }
    guard includeOpen else { return }
    var openOut = ClassSet.full(capacity: count)
    openOut.subtract(egressIsolated)
    var openIn = ClassSet.full(capacity: count)
    openIn.subtract(ingressIsolated)
    let targets = openIn.members
    openOut.forEach { source in for destination in targets { body(source, destination, .all) } }
  }

  /// `true` when traffic between the classes is unrestricted because the source is not
  /// egress-isolated and the destination not ingress-isolated.
  public func isOpen(from source: Int, to destination: Int) -> Bool {
    !egressIsolated.contains(source) && !ingressIsolated.contains(destination)
  }

  /// Calls `body` for every (external source atom, destination class) pair with a
  /// non-empty set: only the destination's ingress rules apply.
  ///
  /// - Complexity: O(*C*·(*r* + *A*)) for *A* atoms.
  public func forEachExternalSource(
    _ body: (_ atom: Int, _ destination: Int, ConnectionSet) -> Void
  ) {
    for destination in classes.indices {
      guard ingressIsolated.contains(destination) else {
        for atom in sourceAtoms.ranges.indices { body(atom, destination, .all) }
        continue
      }
      var base = ConnectionSet.none
      var perAtom: [Int: ConnectionSet] = [:]
      for ruleIndex in ingressRulesOf[destination] {
        let rule = rules[ruleIndex]
        let ports = rule.ports(toward: destination, in: classes)
        if ports.isEmpty { continue }
        if rule.allPeers {
          base = base.union(ports)
        } else {
          for atom in rule.atoms { perAtom[atom] = (perAtom[atom] ?? .none).union(ports) }
        }
      }
      emitAtoms(count: sourceAtoms.ranges.count, base: base, perAtom: perAtom) {
        body($0, destination, $1)
      }
    }
  }

  /// Calls `body` for every (source class, external destination atom) pair with a
  /// non-empty set: only the source's egress rules apply, and named ports grant nothing.
  ///
  /// - Complexity: O(*C*·(*r* + *A*)).
  public func forEachExternalDestination(
    _ body: (_ source: Int, _ atom: Int, ConnectionSet) -> Void
  ) {
    for source in classes.indices {
      guard egressIsolated.contains(source) else {
        for atom in destinationAtoms.ranges.indices { body(source, atom, .all) }
        continue
      }
      var base = ConnectionSet.none
      var perAtom: [Int: ConnectionSet] = [:]
      for ruleIndex in egressRulesOf[source] {
        let rule = rules[ruleIndex]
        let ports = rule.numeric
        if ports.isEmpty { continue }
        if rule.allPeers {
          base = base.union(ports)
        } else {
          for atom in rule.atoms { perAtom[atom] = (perAtom[atom] ?? .none).union(ports) }
        }
      }
      emitAtoms(count: destinationAtoms.ranges.count, base: base, perAtom: perAtom) {
        body(source, $0, $1)
      }
    }
  }

  private func emitAtoms(
    count: Int, base: ConnectionSet, perAtom: [Int: ConnectionSet],
    _ body: (Int, ConnectionSet) -> Void
  ) {
    if base.isEmpty {
      for (atom, ports) in perAtom.sorted(by: { $0.key < $1.key }) { body(atom, ports) }
    } else {
      for atom in 0..<count { body(atom, base.union(perAtom[atom] ?? .none)) }
    }
  }
}

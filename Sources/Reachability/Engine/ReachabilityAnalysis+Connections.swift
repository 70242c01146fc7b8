extension ReachabilityAnalysis {
  /// Every ordered peer pair with a non-empty connection set, as np-guard lists them.
  ///
  /// Sorted byte-wise by source, then destination; self pairs and external-to-external
  /// pairs omitted. A peer spanning several classes gets the union over its classes.
  ///
  /// - Complexity: O(*C*²/64 + *k* log *k*) for *k* lines.
  public func connections() -> [PeerConnection] {
    let lines = connectionLines()
    return lines.rows.map {
      PeerConnection(
        source: lines.endpoint($0.source), destination: lines.endpoint($0.destination),
        connections: $0.ports)
    }
  }

  /// The connectivity list in np-guard's text format (`SRC => DST : CONN` lines).
  ///
  /// - Complexity: that of ``connections()``.
  public func connlist() -> String {
    let lines = connectionLines()
    var texts: [ConnectionSet: String] = [:]
    var last: (ports: ConnectionSet, text: String)?
    var out = ""
    out.reserveCapacity(lines.rows.count * 96)
    for row in lines.rows {
      let conn: String
      if let previous = last, previous.ports == row.ports {
        conn = previous.text
      } else if let known = texts[row.ports] {
        conn = known
      } else {
        conn = row.ports.description
        texts[row.ports] = conn
      }
      last = (row.ports, conn)
      out += lines.name(row.source)
      out += " => "
      out += lines.name(row.destination)
      out += " : "
      out += conn
      out += "\n"
    }
    return out
  }

  /// The connections between workloads of two namespaces (a matrix cell's pairs).
  ///
  /// - Complexity: that of ``connections()``.
  public func connections(from source: String, to destination: String) -> [PeerConnection] {
    connections().filter {
      $0.source.namespace == source && $0.destination.namespace == destination
    }
  }

  /// The sorted lines as endpoint codes (see ``PairKey``).
  func connectionLines() -> ConnectionLines {
    let m = model
    let heterogeneous = m.classesOfPeer.map { $0.count > 1 }
    var lines = ConnectionLines(model: m)
    var merged: [PairKey: ConnectionSet] = [:]
    func add(_ source: Int, _ destination: Int, _ ports: ConnectionSet, merge: Bool) {
      if merge {
        let key = PairKey(source: source, destination: destination)
        merged[key] = (merged[key] ?? .none).union(ports)
      } else {
        lines.rows.append((source, destination, ports))
      }
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
    for (key, ports) in merged { lines.rows.append((key.source, key.destination, ports)) }
    lines.sort()
    return lines
  }
}

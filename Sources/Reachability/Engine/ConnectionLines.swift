/// Connection rows over endpoint codes: peers are ≥ 0, source atoms −1…−A, destination
/// atoms ``PairKey/destinationBase`` − atom.
struct ConnectionLines {
  var rows: [(source: Int, destination: Int, ports: ConnectionSet)] = []
  private let model: ReachabilityModel
  private let peerNames: [String]
  private let sourceNames: [String]
  private let destinationNames: [String]

  init(model: ReachabilityModel) {
    self.model = model
    peerNames = model.peers.map(\.description)
    sourceNames = model.sourceAtoms.ranges.indices.map(model.sourceAtoms.name)
    destinationNames = model.destinationAtoms.ranges.indices.map(model.destinationAtoms.name)
  }

  /// The np-guard name of an endpoint code.
  func name(_ code: Int) -> String {
    if code >= 0 { return peerNames[code] }
    if code > PairKey.destinationBase { return sourceNames[-code - 1] }
    return destinationNames[PairKey.destinationBase - code]
  }

  /// The endpoint of a code.
  func endpoint(_ code: Int) -> ReachabilityEndpoint {
    if code >= 0 { return .workload(model.peers[code]) }
    if code > PairKey.destinationBase { return .external(model.sourceAtoms.ranges[-code - 1]) }
    return .external(model.destinationAtoms.ranges[PairKey.destinationBase - code])
  }

  /// Sorts byte-wise by source name, then destination name (peers are already sorted, so
  /// two peer codes compare as integers).
  mutating func sort() {
    let names = self
    rows.sort { a, b in
      if a.source != b.source {
        return a.source >= 0 && b.source >= 0
          ? a.source < b.source : names.name(a.source) < names.name(b.source)
      }
      if a.destination >= 0 && b.destination >= 0 { return a.destination < b.destination }
      return names.name(a.destination) < names.name(b.destination)
    }
  }
}

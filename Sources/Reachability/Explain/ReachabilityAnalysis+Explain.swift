import KubeModel

extension ReachabilityAnalysis {
  /// An endpoint of an explanation: a class of a peer, or an external atom.
  private enum Side {
    case pod(peer: Int, cls: Int)
    case address(UInt32)
  }

  /// Explains traffic between two endpoints given as text.
  ///
  /// An endpoint is `ns/name[Kind]`, `ns/name`, a namespace (every workload in it), or an
  /// IPv4 address. One explanation per pair of
  /// workload classes (self pairs skipped).
  ///
  /// - Complexity: O(*pairs* · *policies selecting the ends* · *rules*).
  public func explain(from source: String, to destination: String) throws
    -> [ConnectionExplanation]
  {
    let sources = try resolve(source)
    let destinations = try resolve(destination)
    var out: [ConnectionExplanation] = []
    for s in sources {
      for d in destinations {
        if case .pod(let ps, _) = s, case .pod(let pd, _) = d, ps == pd { continue }
        if case .address = s, case .address = d { continue }
        out.append(explain(s, d))
      }
    }
    return out
  }

  private func resolve(_ text: String) throws -> [Side] {
    let m = model
    if let address = IPv4Ranges.address(text) { return [.address(address)] }
    var peers: [Int]
    if m.namespaceIndex(of: text) != nil {
      peers = m.peers.indices.filter { m.peers[$0].namespace == text }
    } else if text.hasSuffix("]") {
      peers = m.peers.indices.filter { m.peers[$0].description == text }
    } else {
      peers = m.peers.indices.filter { "\(m.peers[$0].namespace)/\(m.peers[$0].name)" == text }
    }
    guard !peers.isEmpty else { throw ExplainError(endpoint: text) }
    return peers.flatMap { peer in m.classesOfPeer[peer].map { Side.pod(peer: peer, cls: $0) } }
  }

  /// The class labels of a side whose workload spans several classes.
  private func classLabels(_ side: Side) -> [String: String]? {
    guard case .pod(let peer, let cls) = side, model.classesOfPeer[peer].count > 1 else {
      return nil
    }
    return model.classes[cls].labels
  }

  private func endpoint(_ side: Side, direction: TrafficDirection) -> ReachabilityEndpoint {
    switch side {
    case .pod(let peer, _): return .workload(model.peers[peer])
    case .address(let address):
      let atoms = direction == .ingress ? model.sourceAtoms : model.destinationAtoms
      return .external(atoms.ranges[atoms.index(of: address)])
    }
  }

  private func explain(_ source: Side, _ destination: Side) -> ConnectionExplanation {
    ConnectionExplanation(
      source: endpoint(source, direction: .ingress),
      destination: endpoint(destination, direction: .egress),
      sourcePods: classLabels(source), destinationPods: classLabels(destination),
      egress: side(.egress, at: source, other: destination),
      ingress: side(.ingress, at: destination, other: source))
  }

  /// Evaluates one direction at `end` against the `other` end, rule by rule.
  private func side(_ direction: TrafficDirection, at end: Side, other: Side)
    -> DirectionExplanation
  {
    let m = model
    guard case .pod(_, let cls) = end else {
      return DirectionExplanation(
        direction: direction, status: .notApplicable, isolatingPolicies: [], allowingRules: [],
        fromOwnNode: false, allowed: .all)
    }
    let isolating =
      direction == .ingress ? m.isolatingPolicies[cls].ingress : m.isolatingPolicies[cls].egress
    guard !isolating.isEmpty else {
      return DirectionExplanation(
        direction: direction, status: .notIsolated, isolatingPolicies: [], allowingRules: [],
        fromOwnNode: false, allowed: .all)
    }
    let destinationClass: PodClass? = {
      if direction == .ingress { return m.classes[cls] }
      if case .pod(_, let target) = other { return m.classes[target] }
      return nil
    }()
    var matches: [RuleMatch] = []
    var allowed = ConnectionSet.none
    for policyIndex in isolating {
      let compiled = m.policies[policyIndex]
      let written =
        (direction == .ingress ? compiled.policy.spec.ingress : compiled.policy.spec.egress) ?? []
      let ruleIndices = direction == .ingress ? compiled.ingressRules : compiled.egressRules
      for (ruleIndex, rule) in written.enumerated() {
        guard let peer = matchingPeer(rule, policy: compiled, other: other, direction: direction)
        else { continue }
        let compiledRule = m.rules[ruleIndices[ruleIndex]]
        let ports = compiledRule.ports(toward: destinationClass)
        let unresolved = compiledRule.named.filter { named in
          !(destinationClass?.namedPorts[named.name] ?? []).contains { $0.proto == named.proto }
        }.map { "\($0.name)/\($0.proto.rawValue)" }
        matches.append(
          RuleMatch(
            policy: compiled.name, direction: direction, ruleIndex: ruleIndex,
            peerIndex: peer.index, peer: peer.text, ports: ports, unresolvedNamedPorts: unresolved))
        allowed = allowed.union(ports)
      }
    }
    var ownNode = false
    if direction == .ingress, case .pod(_, let source) = other, m.classes[source].isNodeTraffic,
      let node = m.classes[cls].node, m.classes[source].node == node
    {
      ownNode = true
      allowed = .all
    }
    return DirectionExplanation(
      direction: direction, status: .isolated,
      isolatingPolicies: isolating.map { m.policies[$0].name }, allowingRules: matches,
      fromOwnNode: ownNode, allowed: allowed)
  }

  /// The first peer entry of a rule that matches the other end, evaluated directly on its
  /// labels (independently of the compiled bitsets).
  private func matchingPeer(
    _ rule: NetworkPolicyRule, policy: CompiledPolicy, other: Side, direction: TrafficDirection
  ) -> (index: Int?, text: String)? {
    let peers = rule.peers ?? []
    if peers.isEmpty { return (nil, "every peer (no \(direction == .ingress ? "from" : "to"))") }
    for (index, peer) in peers.enumerated()
    where PeerMatcher(model: model, policy: policy, direction: direction).matches(peer, other) {
      return (index, PeerMatcher.describe(peer))
    }
    return nil
  }

  /// Direct evaluation of one peer entry against an end.
  private struct PeerMatcher {
    let model: ReachabilityModel
    let policy: CompiledPolicy
    let direction: TrafficDirection

    func matches(_ peer: NetworkPolicyPeer, _ side: Side) -> Bool {
      if let block = peer.ipBlock {
        guard peer.podSelector == nil && peer.namespaceSelector == nil else { return false }
        let addresses = IPBlockAddresses(block).addresses
        switch side {
        case .address(let address): return addresses.contains(address)
        case .pod(_, let cls):
          let atom =
            direction == .ingress
            ? model.classes[cls].sourceAtom
            : model.classes[cls].destinationAtom
          let atoms = direction == .ingress ? model.sourceAtoms : model.destinationAtoms
          return atom.map { addresses.contains(atoms.ranges[$0].lowerBound) } ?? false
        }
      }
      guard case .pod(_, let cls) = side, peer.podSelector != nil || peer.namespaceSelector != nil
      else { return false }
      let target = model.classes[cls]
      guard !target.isNodeTraffic else { return false }
      let inNamespace =
        peer.namespaceSelector.map { $0.matches(model.namespaceLabels[target.namespaceIndex]) }
        ?? (target.namespaceIndex == policy.namespaceIndex)
      return inNamespace && (peer.podSelector?.matches(target.labels) ?? true)
    }

    static func describe(_ peer: NetworkPolicyPeer) -> String {
      var parts: [String] = []
      if let ns = peer.namespaceSelector { parts.append("namespaceSelector \(ns)") }
      if let pods = peer.podSelector { parts.append("podSelector \(pods)") }
      if let block = peer.ipBlock {
        let except = block.except.isEmpty ? "" : " except \(block.except.joined(separator: ","))"
        parts.append("ipBlock \(block.cidr)\(except)")
      }
      return parts.isEmpty ? "{}" : parts.joined(separator: ", ")
    }
  }
}

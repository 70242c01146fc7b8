import KubeModel

/// Compiles NetworkPolicies into subject bitsets and rules over classes and atoms.
struct PolicyCompiler {
  private(set) var policies: [CompiledPolicy] = []
  private(set) var rules: [CompiledRule] = []

  /// Compiles every policy.
  ///
  /// - Complexity: O(Σ selector work), each (selector, namespace) evaluated once.
  init(
    policies source: [NetworkPolicy], namespaceIndex: [String: Int], classes: [PodClass],
    evaluator: inout SelectorEvaluator, blocks: inout IPBlockTable, sourceAtoms: ExternalAtoms,
    destinationAtoms: ExternalAtoms
  ) {
    let count = classes.count
    let shared = (empty: ClassSet(capacity: count), full: ClassSet.full(capacity: count))
    var classesBySourceAtom: [Int: [Int]] = [:]
    var classesByDestinationAtom: [Int: [Int]] = [:]
    for (index, cls) in classes.enumerated() {
      if let atom = cls.sourceAtom { classesBySourceAtom[atom, default: []].append(index) }
      if let atom = cls.destinationAtom {
        classesByDestinationAtom[atom, default: []].append(index)
      }
    }
    for policy in source {
      let ns = namespaceIndex[policy.namespace]!
      let policyIndex = policies.count
      var subjects = ClassSet(capacity: count)
      evaluator.insert(
        podSelector: policy.spec.podSelector, namespaceSelector: nil, policyNamespace: ns,
        into: &subjects)
      let types = policy.spec.effectivePolicyTypes
      var ingress: [Int] = []
      var egress: [Int] = []
      for direction in TrafficDirection.allCases where types.contains(direction.rawValue) {
        let written = (direction == .ingress ? policy.spec.ingress : policy.spec.egress) ?? []
        let atoms = direction == .ingress ? sourceAtoms : destinationAtoms
        let byAtom = direction == .ingress ? classesBySourceAtom : classesByDestinationAtom
        for (ruleIndex, rule) in written.enumerated() {
          let compiled = Self.compile(
            rule, policy: policyIndex, direction: direction, ruleIndex: ruleIndex,
            namespace: ns, shared: shared, evaluator: &evaluator, blocks: &blocks, atoms: atoms,
            classesByAtom: byAtom)
          if direction == .ingress {
            ingress.append(rules.count)
          } else {
            egress.append(rules.count)
          }
          rules.append(compiled)
        }
      }
      policies.append(
        CompiledPolicy(
          policy: policy, name: "\(policy.namespace)/\(policy.metadata.name)",
          namespaceIndex: ns, subjects: subjects, isolatesIngress: types.contains("Ingress"),
          isolatesEgress: types.contains("Egress"), ingressRules: ingress, egressRules: egress))
    }
  }

  private static func compile(
    _ rule: NetworkPolicyRule, policy: Int, direction: TrafficDirection, ruleIndex: Int,
    namespace: Int, shared: (empty: ClassSet, full: ClassSet), evaluator: inout SelectorEvaluator,
    blocks: inout IPBlockTable, atoms: ExternalAtoms,
    classesByAtom: [Int: [Int]]
  ) -> CompiledRule {
    let (numeric, named) = ports(rule.ports)
    let peers = rule.peers ?? []
    if peers.isEmpty {
      return CompiledRule(
        policy: policy, direction: direction, ruleIndex: ruleIndex, allPeers: true,
        classes: shared.full, atoms: Array(atoms.ranges.indices), numeric: numeric,
        named: named)
    }
    var classes = shared.empty
    var addresses = IPv4Ranges.empty
    for peer in peers {
      if let block = peer.ipBlock {
        guard peer.podSelector == nil && peer.namespaceSelector == nil else { continue }
        let covered = blocks.addresses(block)
        addresses = addresses.isEmpty ? covered : addresses.union(covered)
      } else if peer.podSelector != nil || peer.namespaceSelector != nil {
        evaluator.insert(
          podSelector: peer.podSelector, namespaceSelector: peer.namespaceSelector,
          policyNamespace: namespace, into: &classes)
      }
    }
    let covered = atoms.indices(inside: addresses)
    for atom in covered { for index in classesByAtom[atom] ?? [] { classes.insert(index) } }
    return CompiledRule(
      policy: policy, direction: direction, ruleIndex: ruleIndex, allPeers: false,
      classes: classes, atoms: covered, numeric: numeric, named: named)
  }

  /// The numeric ports and named ports of a rule's `ports` (absent or empty: all).
  static func ports(_ written: [NetworkPolicyPort]?) -> (ConnectionSet, [CompiledRule.NamedPort]) {
    guard let list = written, !list.isEmpty else { return (.all, []) }
    var numeric = ConnectionSet.none
    var named: [CompiledRule.NamedPort] = []
    for port in list {
      guard let proto = NetworkProtocol(apiValue: port.protocol) else { continue }
      switch port.port {
      case nil:
        numeric[proto] = .full
      case .int(let number):
        let end = port.endPort.flatMap { $0 >= number ? $0 : nil } ?? number
        numeric[proto] = numeric[proto].union(PortRanges(normalizing: [number...end]))
      case .string(let name):
        named.append(.init(name: name, proto: proto))
      }
    }
    return (numeric, named)
  }
}

/// One ingress or egress rule, compiled: the peer classes and addresses it admits and the
/// ports it opens (spec §5 step 5).
final class CompiledRule: Sendable {
  /// The index of the rule's policy in ``ReachabilityModel/policies``.
  let policy: Int
  /// Whether it is an ingress or an egress rule.
  let direction: TrafficDirection
  /// The rule's position in the policy's `ingress` or `egress` list.
  let ruleIndex: Int
  /// `true` when `from`/`to` is absent or empty: every pod and every address.
  let allPeers: Bool
  /// The peer classes (everything when ``allPeers``).
  let classes: ClassSet
  /// The atoms (of the rule direction's partition) its ipBlocks cover.
  let atoms: [Int]
  /// The numeric ports (all when `ports` is absent or empty).
  let numeric: ConnectionSet
  /// Named ports, resolved per destination class.
  let named: [NamedPort]

  init(
    policy: Int, direction: TrafficDirection, ruleIndex: Int, allPeers: Bool, classes: ClassSet,
    atoms: [Int], numeric: ConnectionSet, named: [NamedPort]
  ) {
    self.policy = policy
    self.direction = direction
    self.ruleIndex = ruleIndex
    self.allPeers = allPeers
    self.classes = classes
    self.atoms = atoms
    self.numeric = numeric
    self.named = named
  }

  /// A named port of a rule.
  struct NamedPort: Sendable, Hashable {
    let name: String
    let proto: NetworkProtocol
  }

  /// The ports the rule opens toward a destination class of `classes` (`nil`: an IP, where
  /// named ports cannot resolve).
  @inline(__always) func ports(toward destination: Int?, in classes: [PodClass]) -> ConnectionSet {
    guard !named.isEmpty, let index = destination else { return numeric }
    return ports(toward: classes[index])
  }

  /// The ports the rule opens toward a destination class (`nil`: an IP, where named ports
  /// cannot resolve).
  func ports(toward destination: PodClass?) -> ConnectionSet {
    guard !named.isEmpty, let target = destination else { return numeric }
    var result = numeric
    for port in named {
      for resolved in target.namedPorts[port.name] ?? [] where resolved.proto == port.proto {
        result[port.proto] = result[port.proto].union(
          PortRanges(normalizing: [resolved.port...resolved.port]))
      }
    }
    return result
  }
}

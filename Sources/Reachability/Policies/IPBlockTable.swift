import KubeModel

/// Every distinct ipBlock of the policies, parsed once, with the address sets each
/// direction contributes to its atom partition.
struct IPBlockTable {
  private var parsed: [NetworkPolicyPeer.IPBlock: IPv4Ranges] = [:]
  /// Distinct address sets of ingress (source) and egress (destination) ipBlocks.
  private(set) var ingressSets: Set<IPv4Ranges> = []
  private(set) var egressSets: Set<IPv4Ranges> = []

  /// Parses the ipBlocks of every rule of a direction the policy's types include.
  ///
  /// - Complexity: O(*b*) parses for *b* distinct blocks.
  init(_ policies: [NetworkPolicy]) {
    for policy in policies {
      let types = policy.spec.effectivePolicyTypes
      for direction in TrafficDirection.allCases where types.contains(direction.rawValue) {
        let written = (direction == .ingress ? policy.spec.ingress : policy.spec.egress) ?? []
        for rule in written {
          for peer in rule.peers ?? [] {
            guard let block = peer.ipBlock else { continue }
            let set = addresses(block)
            if direction == .ingress { ingressSets.insert(set) } else { egressSets.insert(set) }
          }
        }
      }
    }
  }

  /// The addresses of a block (`cidr` minus `except`), parsing it on first use.
  mutating func addresses(_ block: NetworkPolicyPeer.IPBlock) -> IPv4Ranges {
    if let known = parsed[block] { return known }
    let set = IPBlockAddresses(block).addresses
    parsed[block] = set
    return set
  }
}

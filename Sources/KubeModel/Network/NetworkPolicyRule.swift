/// One ingress or egress rule of a NetworkPolicy.
///
/// Peers are `from` for ingress and `to` for egress; both decode into ``peers``.
/// `nil` peers or ports (absent) mean "all"; an empty list also means "all" for peers
/// and ports in the API, but is kept distinct so lints can tell what was written.
public struct NetworkPolicyRule: Codable, Sendable, Hashable {
  /// The peers (`from` or `to`); `nil` when absent.
  public var peers: [NetworkPolicyPeer]?
  /// The ports; `nil` when absent.
  public var ports: [NetworkPolicyPort]?

  /// Creates a rule.
  public init(peers: [NetworkPolicyPeer]? = nil, ports: [NetworkPolicyPort]? = nil) {
    self.peers = peers
    self.ports = ports
  }

  private enum CodingKeys: String, CodingKey { case from, to, ports }

  /// Decodes a rule from either `from` or `to`.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    peers =
      try c.decodeIfPresent([NetworkPolicyPeer].self, forKey: .from)
      ?? c.decodeIfPresent([NetworkPolicyPeer].self, forKey: .to)
    ports = try c.decodeIfPresent([NetworkPolicyPort].self, forKey: .ports)
  }

  /// Encodes the rule as an ingress rule (peers under `from`).
  public func encode(to encoder: any Encoder) throws {
    try encode(to: encoder, asEgress: false)
  }

  /// Encodes the rule with its peers under `to` (egress) or `from` (ingress).
  func encode(to encoder: any Encoder, asEgress: Bool) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encodeIfPresent(peers, forKey: asEgress ? .to : .from)
    try c.encodeIfPresent(ports, forKey: .ports)
  }

  /// An egress rule wrapper that encodes its peers under `to`.
  struct Egress: Encodable {
    var rule: NetworkPolicyRule
    func encode(to encoder: any Encoder) throws { try rule.encode(to: encoder, asEgress: true) }
  }
}

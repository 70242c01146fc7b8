/// A rule that admits the traffic being explained.
public struct RuleMatch: Sendable, Hashable {
  /// The policy, `namespace/name`.
  public let policy: String
  /// The rule's direction.
  public let direction: TrafficDirection
  /// The rule's zero-based position in the policy's `ingress` or `egress` list.
  public let ruleIndex: Int
  /// The zero-based position of the matching peer entry; `nil` when the rule has no
  /// `from`/`to` (every peer).
  public let peerIndex: Int?
  /// The matching peer entry as text (`namespaceSelector env=dev, podSelector app=web`).
  public let peer: String
  /// The ports the rule opens toward the destination (empty when only unresolved named
  /// ports were listed).
  public let ports: ConnectionSet
  /// Named ports of the rule that the destination does not define with that protocol.
  public let unresolvedNamedPorts: [String]
}

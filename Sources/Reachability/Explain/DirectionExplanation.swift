/// Why one direction (the source's egress or the destination's ingress) allows what it
/// allows.
public struct DirectionExplanation: Sendable, Hashable {
  /// Whether the end is isolated in this direction.
  public enum Status: String, Sendable, Hashable, Codable {
    /// No policy selecting the pod lists this direction: everything is allowed.
    case notIsolated
    /// Policies isolate the pod; only their rules' union is allowed.
    case isolated
    /// An external address: NetworkPolicy does not apply on its side.
    case notApplicable
  }

  /// The direction.
  public let direction: TrafficDirection
  /// The isolation status.
  public let status: Status
  /// The policies that select the pod and isolate this direction (`namespace/name`).
  public let isolatingPolicies: [String]
  /// The rules that admit the other end, with their ports.
  public let allowingRules: [RuleMatch]
  /// `true` when the other end is node traffic from this pod's own node, which ingress
  /// always allows (kubelet probes; hostNetwork-as-node fork).
  public let fromOwnNode: Bool
  /// The union this direction allows.
  public let allowed: ConnectionSet
}

/// Why traffic from a source to a destination is allowed or denied: the source's egress,
/// the destination's ingress, and their intersection.
public struct ConnectionExplanation: Sendable, Hashable {
  /// The source.
  public let source: ReachabilityEndpoint
  /// The destination.
  public let destination: ReachabilityEndpoint
  /// When the source workload's pods fall into several classes: the selected labels of the
  /// pods this explanation is about (`nil` otherwise).
  public let sourcePods: [String: String]?
  /// The same for the destination workload.
  public let destinationPods: [String: String]?
  /// The source's egress side.
  public let egress: DirectionExplanation
  /// The destination's ingress side.
  public let ingress: DirectionExplanation
  /// What is allowed: egress ∩ ingress.
  public var allowed: ConnectionSet { egress.allowed.intersection(ingress.allowed) }
}

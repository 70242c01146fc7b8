/// The connections allowed from one peer to another: one line of the connectivity list.
public struct PeerConnection: Sendable, Hashable, CustomStringConvertible {
  /// The source.
  public let source: ReachabilityEndpoint
  /// The destination.
  public let destination: ReachabilityEndpoint
  /// What is allowed (never empty in a list).
  public let connections: ConnectionSet

  /// Creates a connection line.
  public init(
    source: ReachabilityEndpoint, destination: ReachabilityEndpoint, connections: ConnectionSet
  ) {
    self.source = source
    self.destination = destination
    self.connections = connections
  }

  /// np-guard's line: `SRC => DST : CONN`.
  public var description: String { "\(source) => \(destination) : \(connections)" }
}

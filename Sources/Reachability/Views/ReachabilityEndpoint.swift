/// One end of a connection: a workload peer or an external address range.
public enum ReachabilityEndpoint: Sendable, Hashable, CustomStringConvertible {
  /// A workload (`ns/name[Kind]`).
  case workload(WorkloadPeer)
  /// An external IPv4 range (`a.b.c.d-e.f.g.h[External]`).
  case external(ClosedRange<UInt32>)

  /// np-guard's peer text.
  public var description: String {
    switch self {
    case .workload(let peer): peer.description
    case .external(let range):
      "\(IPv4Ranges.text(range.lowerBound))-\(IPv4Ranges.text(range.upperBound))[External]"
    }
  }

  /// The workload's namespace; `nil` for an external range.
  public var namespace: String? {
    if case .workload(let peer) = self { return peer.namespace }
    return nil
  }
}

/// A namespace's default-deny coverage and its exposure to external addresses.
public struct NamespaceCoverage: Sendable, Hashable {
  /// The namespace.
  public let namespace: String
  /// Analysed pods (template stand-ins count as one pod each).
  public let pods: Int
  /// Pods isolated for ingress.
  public let ingressIsolatedPods: Int
  /// Pods isolated for egress.
  public let egressIsolatedPods: Int
  /// NetworkPolicies in the namespace.
  public let policies: Int
  /// What external addresses may send to its workloads (union).
  public let fromExternal: ConnectionSet
  /// What its workloads may send to external addresses (union).
  public let toExternal: ConnectionSet

  /// Share of pods isolated for ingress (1 when there are no pods).
  public var ingressCoverage: Double { pods == 0 ? 1 : Double(ingressIsolatedPods) / Double(pods) }
  /// Share of pods isolated for egress (1 when there are no pods).
  public var egressCoverage: Double { pods == 0 ? 1 : Double(egressIsolatedPods) / Double(pods) }
}

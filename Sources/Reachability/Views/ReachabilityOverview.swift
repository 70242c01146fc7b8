import KubeModel

/// Everything the Network pane shows at once, precomputed: the matrix with coverage and
/// environment crossings, the network findings, and the assumptions line.
public struct ReachabilityOverview: Sendable {
  /// The namespace matrix and its derived views.
  public let matrix: NamespaceMatrix
  /// The network findings, sorted by target.
  public let findings: [Finding]
  /// The forks and exclusions in force, one line each.
  public let assumptions: [String]
  /// Workload peers analysed.
  public let workloadCount: Int
  /// NetworkPolicies analysed.
  public let policyCount: Int

  /// Computes the overview of an analysis.
  ///
  /// - Complexity: that of ``ReachabilityAnalysis/matrix()`` plus
  ///   ``ReachabilityAnalysis/findings(matrix:)``.
  public init(_ analysis: ReachabilityAnalysis) {
    matrix = analysis.matrix()
    findings = analysis.findings(matrix: matrix)
    assumptions = analysis.assumptions
    workloadCount = analysis.model.peers.count
    policyCount = analysis.model.policies.count
  }
}

/// How much of a namespace pair's workload traffic is allowed.
public enum MatrixVerdict: String, Codable, Sendable, Hashable, CaseIterable {
  /// Every workload pair has All Connections.
  case all
  /// Some traffic is allowed, but not everything between every pair.
  case partial
  /// No workload pair has any connection.
  case none
}

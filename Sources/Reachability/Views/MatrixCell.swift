/// One cell of the namespace × namespace matrix.
public struct MatrixCell: Sendable, Hashable {
  /// The source namespace.
  public let from: String
  /// The destination namespace.
  public let to: String
  /// The verdict over all workload pairs.
  public let verdict: MatrixVerdict
  /// The union of the pairs' connections.
  public let ports: ConnectionSet
  /// Ordered workload pairs (self pairs excluded).
  public let pairCount: Int
  /// Pairs with some connection.
  public let connectedPairCount: Int
  /// Pairs with All Connections.
  public let fullyOpenPairCount: Int
}

/// The sums over a block of matrix cells (several sources × several destinations).
public struct MatrixBlock: Sendable, Hashable {
  /// All when every cell with pairs is all, none when every one is none, partial otherwise;
  /// `nil` without workload pairs.
  public let verdict: MatrixVerdict?
  /// The union of the cells' connections.
  public let ports: ConnectionSet
  /// Ordered workload pairs (self pairs excluded).
  public let pairCount: Int
  /// Pairs with some connection.
  public let connectedPairCount: Int
  /// Pairs with All Connections.
  public let fullyOpenPairCount: Int
}

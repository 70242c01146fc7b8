/// A chain of steps from an identity to full control of the cluster (or of a namespace).
public struct AdminPath: Sendable, Hashable {
  /// The steps, in order.
  public var steps: [PathStep]

  /// The steps joined by ` → `, for one-line output.
  public var summary: String { steps.map(\.text).joined(separator: " → ") }
}

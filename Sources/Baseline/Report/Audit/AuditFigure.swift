/// One figure of a domain's current state, for example `Effective cluster-admins: 12`.
public struct AuditFigure: Sendable, Hashable {
  /// What is counted.
  public var label: String
  /// The value, as shown.
  public var value: String

  /// Creates a figure.
  public init(_ label: String, _ value: String) {
    self.label = label
    self.value = value
  }

  /// Creates a figure with a count.
  public init(_ label: String, _ value: Int) {
    self.init(label, String(value))
  }
}

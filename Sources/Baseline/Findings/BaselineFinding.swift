import KubeModel

/// A finding with its status, as `kbaseline findings` reports it.
public struct BaselineFinding: Sendable, Hashable {
  /// The finding.
  public var finding: Finding
  /// Open, excepted or expired.
  public var status: FindingStatus

  /// Creates a finding with a status.
  public init(_ finding: Finding, status: FindingStatus = .open) {
    self.finding = finding
    self.status = status
  }

  /// Report order: severity (highest first), then rule id, then target.
  public static func reportOrder(_ a: BaselineFinding, _ b: BaselineFinding) -> Bool {
    let x = a.finding
    let y = b.finding
    if x.severity != y.severity { return x.severity > y.severity }
    if x.rule != y.rule { return x.rule < y.rule }
    if x.target != y.target { return x.target < y.target }
    return (x.fieldPath ?? "") < (y.fieldPath ?? "")
  }
}

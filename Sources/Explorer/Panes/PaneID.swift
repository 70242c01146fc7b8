/// The six tabs of the explorer, in tab order (keys `1`–`6`).
public enum PaneID: Int, CaseIterable, Hashable, Sendable {
  /// The as-is inventory.
  case overview
  /// Effective cluster-admins.
  case admins
  /// RBAC: who can do what.
  case rbac
  /// NetworkPolicy reachability.
  case network
  /// Workload hardening (Pod Security Standards).
  case workloads
  /// Exceptions to findings.
  case exceptions

  /// The tab's title, exactly as shown.
  public var title: String {
    switch self {
    case .overview: "Overview"
    case .admins: "Admins"
    case .rbac: "RBAC"
    case .network: "Network"
    case .workloads: "Workloads"
    case .exceptions: "Exceptions"
    }
  }
}

/// The five domains of the baseline.
public enum Domain: String, Codable, Sendable, Hashable, CaseIterable {
  /// Identity and access (RBAC).
  case rbac
  /// Network segmentation.
  case network
  /// Secrets and configuration.
  case secrets
  /// Workload hardening.
  case workload
  /// Logging and detection.
  case logging

  /// The heading used in reports, for example `Identity & access`.
  public var title: String {
    switch self {
    case .rbac: "Identity & access"
    case .network: "Network"
    case .secrets: "Secrets & configuration"
    case .workload: "Workload hardening"
    case .logging: "Logging & detection"
    }
  }
}

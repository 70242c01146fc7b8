/// A container's resource requests and limits (`core/v1.ResourceRequirements`).
public struct ResourceRequirements: Codable, Sendable, Hashable {
  /// Limits by resource name (`cpu`, `memory`, …).
  public var limits: [String: Quantity]?
  /// Requests by resource name.
  public var requests: [String: Quantity]?

  /// Creates requirements.
  public init(limits: [String: Quantity]? = nil, requests: [String: Quantity]? = nil) {
    self.limits = limits
    self.requests = requests
  }
}

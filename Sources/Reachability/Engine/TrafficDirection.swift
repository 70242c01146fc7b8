/// A direction of NetworkPolicy isolation.
public enum TrafficDirection: String, Codable, Sendable, Hashable, CaseIterable {
  /// Traffic into the selected pods (`from` rules).
  case ingress = "Ingress"
  /// Traffic out of the selected pods (`to` rules).
  case egress = "Egress"
}

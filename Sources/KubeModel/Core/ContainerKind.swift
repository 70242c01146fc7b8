/// Which list of a pod spec a container comes from.
public enum ContainerKind: String, Codable, Sendable, Hashable, CaseIterable {
  /// `spec.initContainers`.
  case initContainer = "initContainers"
  /// `spec.containers`.
  case container = "containers"
  /// `spec.ephemeralContainers`.
  case ephemeral = "ephemeralContainers"
}

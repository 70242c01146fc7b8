import KubeModel

/// A container of a pod template under review, with the list it comes from and its field path.
public struct ReviewedContainer: Sendable {
  /// Which list of the pod spec it comes from.
  public let kind: ContainerKind
  /// The container.
  public let container: Container
  /// The field path of the container, for example `spec.initContainers[name=setup]`.
  public let path: String

  /// Creates a reviewed container.
  public init(kind: ContainerKind, container: Container) {
    self.kind = kind
    self.container = container
    path = "spec.\(kind.rawValue)[name=\(container.name)]"
  }

  /// The container's name.
  public var name: String { container.name }

  /// The container-level security context.
  public var securityContext: SecurityContext? { container.securityContext }

  /// The path of a field of the container's security context, for example `…securityContext.privileged`.
  public func securityContextPath(_ field: String) -> String {
    "\(path).securityContext.\(field)"
  }

  /// A violation of this container.
  public func violation(
    _ message: String, at field: String, value: String, severity: Severity? = nil,
    pssLevel: PSSLevel? = nil
  ) -> Violation {
    Violation(
      container: name, message: message, fieldPath: "\(path).\(field)", value: value,
      severity: severity, pssLevel: pssLevel)
  }
}

/// A port declared by a container (`core/v1.ContainerPort`).
public struct ContainerPort: Codable, Sendable, Hashable {
  /// The IANA_SVC_NAME a NetworkPolicy or Service may refer to.
  public var name: String?
  /// The port number in the pod's network namespace.
  public var containerPort: Int
  /// The node port this container binds (a finding when set).
  public var hostPort: Int?
  /// The host IP to bind the host port to.
  public var hostIP: String?
  /// `TCP` (default), `UDP` or `SCTP`.
  public var `protocol`: String?

  /// Creates a port; protocol `nil` means TCP.
  public init(
    name: String? = nil, containerPort: Int, hostPort: Int? = nil, hostIP: String? = nil,
    protocol proto: String? = nil
  ) {
    self.name = name
    self.containerPort = containerPort
    self.hostPort = hostPort
    self.hostIP = hostIP
    self.protocol = proto
  }

  /// The protocol with the API default applied.
  public var effectiveProtocol: String { self.protocol ?? "TCP" }
}

/// A port of a NetworkPolicy rule: protocol, number or name, optional range end.
public struct NetworkPolicyPort: Codable, Sendable, Hashable {
  /// `TCP` (default), `UDP` or `SCTP`.
  public var `protocol`: String?
  /// A port number or a named port; `nil` means every port of the protocol.
  public var port: IntOrString?
  /// The end of a numeric port range (inclusive).
  public var endPort: Int?

  /// Creates a port.
  public init(protocol proto: String? = nil, port: IntOrString? = nil, endPort: Int? = nil) {
    self.protocol = proto
    self.port = port
    self.endPort = endPort
  }

  /// The protocol with the API default (TCP) applied.
  public var effectiveProtocol: String { self.protocol ?? "TCP" }
}

/// A Service (`core/v1.Service`): how workloads are exposed.
public struct Service: Codable, Sendable, Hashable {
  /// The Service's metadata.
  public var metadata: ObjectMeta
  /// The Service's spec.
  public var spec: Spec

  /// Creates a Service.
  public init(metadata: ObjectMeta, spec: Spec) {
    self.metadata = metadata
    self.spec = spec
  }

  /// The Service's spec.
  public struct Spec: Codable, Sendable, Hashable {
    /// `ClusterIP` (default), `NodePort`, `LoadBalancer` or `ExternalName`.
    public var type: String?
    /// The pod selector (a plain map); absent for selector-less Services.
    public var selector: [String: String]?
    /// The Service's ports.
    @DefaultEmpty public var ports: [ServicePort]
    /// The cluster IP.
    public var clusterIP: String?
    /// External IPs routed to the Service.
    @DefaultEmpty public var externalIPs: [String]

    /// Creates a spec.
    public init(
      type: String? = nil, selector: [String: String]? = nil, ports: [ServicePort] = [],
      clusterIP: String? = nil
    ) {
      self.type = type
      self.selector = selector
      self.ports = ports
      self.clusterIP = clusterIP
    }
  }

  /// A Service port.
  public struct ServicePort: Codable, Sendable, Hashable {
    /// The port's name.
    public var name: String?
    /// `TCP` (default), `UDP` or `SCTP`.
    public var `protocol`: String?
    /// The Service port.
    public var port: Int
    /// The pod port (number or name).
    public var targetPort: IntOrString?
    /// The node port, for NodePort/LoadBalancer.
    public var nodePort: Int?

    /// Creates a Service port.
    public init(
      name: String? = nil, protocol proto: String? = nil, port: Int,
      targetPort: IntOrString? = nil, nodePort: Int? = nil
    ) {
      self.name = name
      self.protocol = proto
      self.port = port
      self.targetPort = targetPort
      self.nodePort = nodePort
    }
  }

  private enum CodingKeys: String, CodingKey { case metadata, spec }

  /// Decodes a Service; a missing spec is empty.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    metadata = try c.decode(ObjectMeta.self, forKey: .metadata)
    spec = try c.decodeIfPresent(Spec.self, forKey: .spec) ?? Spec()
  }
}

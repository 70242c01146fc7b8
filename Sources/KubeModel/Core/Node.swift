/// A node (`core/v1.Node`), as far as the baseline needs it.
public struct Node: Codable, Sendable, Hashable {
  /// The node's metadata (labels carry roles and zones).
  public var metadata: ObjectMeta
  /// The node's addresses (`InternalIP`, `Hostname`, …).
  public var addresses: [NodeAddress]
  /// The kubelet version, for example `v1.32.3`.
  public var kubeletVersion: String?
  /// The OS image.
  public var osImage: String?
  /// The container runtime, for example `containerd://1.7.22`.
  public var containerRuntimeVersion: String?

  /// Creates a node record.
  public init(
    metadata: ObjectMeta, addresses: [NodeAddress] = [], kubeletVersion: String? = nil,
    osImage: String? = nil, containerRuntimeVersion: String? = nil
  ) {
    self.metadata = metadata
    self.addresses = addresses
    self.kubeletVersion = kubeletVersion
    self.osImage = osImage
    self.containerRuntimeVersion = containerRuntimeVersion
  }

  /// One address of a node.
  public struct NodeAddress: Codable, Sendable, Hashable {
    /// The address type: `InternalIP`, `ExternalIP` or `Hostname`.
    public var type: String
    /// The address.
    public var address: String
  }

  private struct Status: Codable {
    var addresses: [NodeAddress]?
    var nodeInfo: Info?
  }

  private struct Info: Codable {
    var kubeletVersion: String?
    var osImage: String?
    var containerRuntimeVersion: String?
  }

  private enum CodingKeys: String, CodingKey { case metadata, status }

  /// Decodes the metadata, addresses and version information.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    metadata = try c.decode(ObjectMeta.self, forKey: .metadata)
    let status = try c.decodeIfPresent(Status.self, forKey: .status)
    addresses = status?.addresses ?? []
    kubeletVersion = status?.nodeInfo?.kubeletVersion
    osImage = status?.nodeInfo?.osImage
    containerRuntimeVersion = status?.nodeInfo?.containerRuntimeVersion
  }

  /// Encodes in API form.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(metadata, forKey: .metadata)
    let info = Info(
      kubeletVersion: kubeletVersion, osImage: osImage,
      containerRuntimeVersion: containerRuntimeVersion)
    try c.encode(Status(addresses: addresses, nodeInfo: info), forKey: .status)
  }
}

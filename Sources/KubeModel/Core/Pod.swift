/// A pod (`core/v1.Pod`), or a stand-in made from a workload's pod template.
public struct Pod: Codable, Sendable, Hashable {
  /// The pod's metadata.
  public var metadata: ObjectMeta
  /// The pod's spec.
  public var spec: PodSpec
  /// The pod's status; empty for manifests.
  public var status: PodStatus
  /// `true` when this pod was synthesized from a workload's template because the snapshot
  /// holds the workload but none of its pods (a folder of manifests).
  public var isTemplateStandIn: Bool

  /// Creates a pod.
  public init(
    metadata: ObjectMeta, spec: PodSpec, status: PodStatus = PodStatus(),
    isTemplateStandIn: Bool = false
  ) {
    self.metadata = metadata
    self.spec = spec
    self.status = status
    self.isTemplateStandIn = isTemplateStandIn
  }

  /// The pod's namespace (`default` when a manifest omits it).
  public var namespace: String { metadata.namespace ?? "default" }

  /// The pod's key.
  public var key: ObjectKey { ObjectKey(kind: "Pod", namespace: namespace, name: metadata.name) }

  private enum CodingKeys: String, CodingKey { case metadata, spec, status }

  /// Decodes a pod; a missing spec or status is empty.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    metadata = try c.decode(ObjectMeta.self, forKey: .metadata)
    spec = try c.decodeIfPresent(PodSpec.self, forKey: .spec) ?? PodSpec()
    status = try c.decodeIfPresent(PodStatus.self, forKey: .status) ?? PodStatus()
    isTemplateStandIn = false
  }

  /// Encodes metadata, spec and status.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(metadata, forKey: .metadata)
    try c.encode(spec, forKey: .spec)
    try c.encode(status, forKey: .status)
  }
}

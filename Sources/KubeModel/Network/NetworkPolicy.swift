/// A NetworkPolicy (`networking.k8s.io/v1.NetworkPolicy`), kept with the distinctions that
/// change its meaning: absent vs empty `from`/`to`/`ports`, absent vs empty selectors.
public struct NetworkPolicy: Codable, Sendable, Hashable {
  /// The policy's metadata.
  public var metadata: ObjectMeta
  /// The policy's spec.
  public var spec: NetworkPolicySpec

  /// Creates a policy.
  public init(metadata: ObjectMeta, spec: NetworkPolicySpec) {
    self.metadata = metadata
    self.spec = spec
  }

  /// The policy's namespace (`default` when a manifest omits it).
  public var namespace: String { metadata.namespace ?? "default" }

  /// The policy's key.
  public var key: ObjectKey {
    ObjectKey(kind: "NetworkPolicy", namespace: namespace, name: metadata.name)
  }
}

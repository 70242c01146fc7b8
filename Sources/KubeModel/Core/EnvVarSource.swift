/// Where an environment variable's value comes from (`core/v1.EnvVarSource`).
public struct EnvVarSource: Codable, Sendable, Hashable {
  /// A key of a Secret.
  public var secretKeyRef: KeyReference?
  /// A key of a ConfigMap.
  public var configMapKeyRef: KeyReference?
  /// A field of the pod, for example `metadata.name`.
  public var fieldRef: FieldReference?
  /// A resource of the container, for example `limits.cpu`.
  public var resourceFieldRef: ResourceFieldReference?

  /// Creates a source.
  public init(
    secretKeyRef: KeyReference? = nil, configMapKeyRef: KeyReference? = nil,
    fieldRef: FieldReference? = nil, resourceFieldRef: ResourceFieldReference? = nil
  ) {
    self.secretKeyRef = secretKeyRef
    self.configMapKeyRef = configMapKeyRef
    self.fieldRef = fieldRef
    self.resourceFieldRef = resourceFieldRef
  }

  /// A reference to one key of a Secret or ConfigMap.
  public struct KeyReference: Codable, Sendable, Hashable {
    /// The Secret's or ConfigMap's name.
    public var name: String?
    /// The key.
    public var key: String
    /// Whether the reference may be missing.
    public var optional: Bool?

    /// Creates a key reference.
    public init(name: String?, key: String, optional: Bool? = nil) {
      self.name = name
      self.key = key
      self.optional = optional
    }
  }

  /// A reference to a field of the pod.
  public struct FieldReference: Codable, Sendable, Hashable {
    /// The field path, for example `status.podIP`.
    public var fieldPath: String
  }

  /// A reference to a container resource.
  public struct ResourceFieldReference: Codable, Sendable, Hashable {
    /// The resource, for example `limits.memory`.
    public var resource: String
    /// The container, when not the current one.
    public var containerName: String?
  }
}

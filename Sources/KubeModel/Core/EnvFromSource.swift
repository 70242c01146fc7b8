/// A whole ConfigMap or Secret imported as environment variables (`core/v1.EnvFromSource`).
public struct EnvFromSource: Codable, Sendable, Hashable {
  /// A prefix added to every imported name.
  public var prefix: String?
  /// The Secret imported.
  public var secretRef: NamedReference?
  /// The ConfigMap imported.
  public var configMapRef: NamedReference?

  /// Creates a source.
  public init(
    prefix: String? = nil, secretRef: NamedReference? = nil, configMapRef: NamedReference? = nil
  ) {
    self.prefix = prefix
    self.secretRef = secretRef
    self.configMapRef = configMapRef
  }

  /// A reference by name (`LocalObjectReference` plus `optional`).
  public struct NamedReference: Codable, Sendable, Hashable {
    /// The referenced object's name.
    public var name: String?
    /// Whether it may be missing.
    public var optional: Bool?

    /// Creates a reference.
    public init(name: String?, optional: Bool? = nil) {
      self.name = name
      self.optional = optional
    }
  }
}

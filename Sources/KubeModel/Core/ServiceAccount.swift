/// A ServiceAccount (`core/v1.ServiceAccount`).
public struct ServiceAccount: Codable, Sendable, Hashable {
  /// The account's metadata.
  public var metadata: ObjectMeta
  /// Whether pods mount its token by default; `nil` means yes.
  public var automountServiceAccountToken: Bool?
  /// Legacy token Secrets listed on the account.
  @DefaultEmpty public var secrets: [SecretReference]

  /// Creates a ServiceAccount.
  public init(
    metadata: ObjectMeta, automountServiceAccountToken: Bool? = nil, secrets: [SecretReference] = []
  ) {
    self.metadata = metadata
    self.automountServiceAccountToken = automountServiceAccountToken
    self.secrets = secrets
  }

  /// The account's namespace.
  public var namespace: String { metadata.namespace ?? "default" }

  /// A reference to a Secret by name.
  public struct SecretReference: Codable, Sendable, Hashable {
    /// The Secret's name.
    public var name: String?
  }
}

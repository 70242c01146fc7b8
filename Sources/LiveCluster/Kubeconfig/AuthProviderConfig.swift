/// A kubeconfig `auth-provider` (deprecated): `{name, config}`.
///
/// `gcp` and `azure` were removed from client-go; `oidc` still sends its `id-token`.
public struct AuthProviderConfig: Decodable, Sendable, Hashable {
  /// The provider's name (`oidc`, `gcp`, `azure`, …).
  public var name: String
  /// The provider's settings (`id-token`, `idp-issuer-url`, …).
  public var config: [String: String]?

  /// Creates a provider entry.
  public init(name: String, config: [String: String]? = nil) {
    self.name = name
    self.config = config
  }
}

/// A kubeconfig `user` stanza (`AuthInfo`): credentials and impersonation.
public struct UserStanza: Decodable, Sendable, Hashable {
  /// `client-certificate`: a PEM file (certificate chain).
  public var clientCertificate: String?
  /// `client-certificate-data`: base64 of the PEM text.
  public var clientCertificateData: String?
  /// `client-key`: a PEM file (RSA PKCS#1/PKCS#8 or EC key).
  public var clientKey: String?
  /// `client-key-data`: base64 of the PEM text.
  public var clientKeyData: String?
  /// `token`: a bearer token (wins over `tokenFile`).
  public var token: String?
  /// `tokenFile`: a file holding a bearer token.
  public var tokenFile: String?
  /// `username` (basic auth, removed from kube-apiserver in 1.19).
  public var username: String?
  /// `password` (basic auth).
  public var password: String?
  /// `as`: the user to impersonate.
  public var impersonate: String?
  /// `as-uid`.
  public var impersonateUID: String?
  /// `as-groups`.
  public var impersonateGroups: [String]?
  /// `as-user-extra`.
  public var impersonateUserExtra: [String: [String]]?
  /// `auth-provider` (deprecated; only `oidc` still works).
  public var authProvider: AuthProviderConfig?
  /// `exec`: a credential plugin.
  public var exec: ExecConfig?

  /// Creates a stanza.
  public init(
    clientCertificate: String? = nil, clientCertificateData: String? = nil,
    clientKey: String? = nil, clientKeyData: String? = nil, token: String? = nil,
    tokenFile: String? = nil, username: String? = nil, password: String? = nil,
    authProvider: AuthProviderConfig? = nil, exec: ExecConfig? = nil
  ) {
    self.clientCertificate = clientCertificate
    self.clientCertificateData = clientCertificateData
    self.clientKey = clientKey
    self.clientKeyData = clientKeyData
    self.token = token
    self.tokenFile = tokenFile
    self.username = username
    self.password = password
    self.authProvider = authProvider
    self.exec = exec
  }

  private enum CodingKeys: String, CodingKey {
    case clientCertificate = "client-certificate"
    case clientCertificateData = "client-certificate-data"
    case clientKey = "client-key"
    case clientKeyData = "client-key-data"
    case token, tokenFile, username, password
    case impersonate = "as"
    case impersonateUID = "as-uid"
    case impersonateGroups = "as-groups"
    case impersonateUserExtra = "as-user-extra"
    case authProvider = "auth-provider"
    case exec
  }
}

/// How the API server's certificate is checked.
public struct ServerTrust: Sendable, Hashable {
  /// The CA bundle (PEM) to trust instead of the system roots; nil trusts the system roots.
  public var certificateAuthorityPEM: [UInt8]?
  /// `insecure-skip-tls-verify`: no verification at all.
  public var insecureSkipVerify: Bool
  /// `tls-server-name`: the name sent as SNI and verified instead of the URL host.
  public var serverName: String?

  /// Creates trust settings.
  public init(
    certificateAuthorityPEM: [UInt8]? = nil, insecureSkipVerify: Bool = false,
    serverName: String? = nil
  ) {
    self.certificateAuthorityPEM = certificateAuthorityPEM
    self.insecureSkipVerify = insecureSkipVerify
    self.serverName = serverName
  }
}

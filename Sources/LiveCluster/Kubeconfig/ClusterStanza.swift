/// A kubeconfig `cluster` stanza: where the API server is and how to trust it.
public struct ClusterStanza: Decodable, Sendable, Hashable {
  /// `server`: the API server URL.
  public var server: String?
  /// `certificate-authority`: a PEM file (relative to the defining kubeconfig).
  public var certificateAuthority: String?
  /// `certificate-authority-data`: base64 of the PEM text; wins over the file.
  public var certificateAuthorityData: String?
  /// `insecure-skip-tls-verify`.
  public var insecureSkipTLSVerify: Bool?
  /// `tls-server-name`: the name used for SNI and verification.
  public var tlsServerName: String?
  /// `proxy-url` (`http`, `https` or `socks5`).
  public var proxyURL: String?
  /// `disable-compression`.
  public var disableCompression: Bool?

  /// Creates a stanza.
  public init(
    server: String? = nil, certificateAuthority: String? = nil,
    certificateAuthorityData: String? = nil, insecureSkipTLSVerify: Bool? = nil,
    tlsServerName: String? = nil, proxyURL: String? = nil, disableCompression: Bool? = nil
  ) {
    self.server = server
    self.certificateAuthority = certificateAuthority
    self.certificateAuthorityData = certificateAuthorityData
    self.insecureSkipTLSVerify = insecureSkipTLSVerify
    self.tlsServerName = tlsServerName
    self.proxyURL = proxyURL
    self.disableCompression = disableCompression
  }

  private enum CodingKeys: String, CodingKey {
    case server
    case certificateAuthority = "certificate-authority"
    case certificateAuthorityData = "certificate-authority-data"
    case insecureSkipTLSVerify = "insecure-skip-tls-verify"
    case tlsServerName = "tls-server-name"
    case proxyURL = "proxy-url"
    case disableCompression = "disable-compression"
  }
}

/// The `spec.cluster` member of an `ExecCredential` request.
public struct ExecClusterInfo: Sendable, Hashable {
  /// The API server URL.
  public var server: String
  /// `tls-server-name`.
  public var tlsServerName: String?
  /// `insecure-skip-tls-verify`.
  public var insecureSkipTLSVerify: Bool?
  /// The CA bundle (PEM bytes; base64 in JSON).
  public var certificateAuthorityData: [UInt8]?
  /// `proxy-url`.
  public var proxyURL: String?
  /// `disable-compression`.
  public var disableCompression: Bool?

  /// Creates cluster information.
  public init(
    server: String, tlsServerName: String? = nil, insecureSkipTLSVerify: Bool? = nil,
    certificateAuthorityData: [UInt8]? = nil, proxyURL: String? = nil,
    disableCompression: Bool? = nil
  ) {
    self.server = server
    self.tlsServerName = tlsServerName
    self.insecureSkipTLSVerify = insecureSkipTLSVerify
    self.certificateAuthorityData = certificateAuthorityData
    self.proxyURL = proxyURL
    self.disableCompression = disableCompression
  }
}

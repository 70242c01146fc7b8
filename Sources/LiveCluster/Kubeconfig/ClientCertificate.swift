/// A client certificate chain and its private key, both PEM.
public struct ClientCertificate: Sendable, Hashable {
  /// The certificate chain (PEM; the leaf first).
  public var certificatePEM: [UInt8]
  /// The private key (PEM: RSA PKCS#1 or PKCS#8, or EC SEC1).
  public var keyPEM: [UInt8]

  /// Creates a certificate pair.
  public init(certificatePEM: [UInt8], keyPEM: [UInt8]) {
    self.certificatePEM = certificatePEM
    self.keyPEM = keyPEM
  }
}

/// A certificate and its private key, both PEM.
public struct PEMPair: Sendable, Hashable {
  /// The certificate.
  public var certificatePEM: String
  /// The private key.
  public var keyPEM: String
}

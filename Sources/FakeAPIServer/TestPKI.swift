import Crypto
import Foundation
import SwiftASN1
import X509
import _CryptoExtras

/// A throw-away certificate authority made at run time: a CA, server certificates with chosen
/// DNS/IP SANs, and client certificates (CN = user, O = groups) with EC or RSA keys in the PEM
/// encodings kubeconfigs carry.
public struct TestPKI: Sendable {
  /// How a client key is encoded.
  public enum KeyEncoding: String, Sendable, CaseIterable {
    /// EC P-256, SEC1 (`EC PRIVATE KEY`).
    case ecSEC1
    /// EC P-256, PKCS#8 (`PRIVATE KEY`).
    case ecPKCS8
    /// RSA 2048, PKCS#1 (`RSA PRIVATE KEY`).
    case rsaPKCS1
    /// RSA 2048, PKCS#8 (`PRIVATE KEY`).
    case rsaPKCS8
  }

  /// The CA certificate (PEM).
  public let caPEM: String
  private let caKey: P256.Signing.PrivateKey
  private let caName: DistinguishedName

  /// Creates a new CA.
  public init(name: String = "kbaseline-test-ca") throws {
    caKey = P256.Signing.PrivateKey()
    caName = try DistinguishedName { CommonName(name) }
    let ca = try Certificate(
      version: .v3, serialNumber: Certificate.SerialNumber(),
      publicKey: Certificate.PublicKey(caKey.publicKey),
      notValidBefore: Date().addingTimeInterval(-3600),
      notValidAfter: Date().addingTimeInterval(86400 * 2), issuer: caName, subject: caName,
      signatureAlgorithm: .ecdsaWithSHA256,
      extensions: try Certificate.Extensions {
        Critical(BasicConstraints.isCertificateAuthority(maxPathLength: nil))
        Critical(KeyUsage(keyCertSign: true))
      }, issuerPrivateKey: Certificate.PrivateKey(caKey))
    caPEM = try ca.serializeAsPEM().pemString
  }

  /// A server certificate for the given names and IPv4 addresses.
  public func server(dnsNames: [String], ipAddresses: [String] = []) throws -> PEMPair {
    let key = P256.Signing.PrivateKey()
    var names = dnsNames.map { GeneralName.dnsName($0) }
    names += ipAddresses.map { address in
      GeneralName.ipAddress(
        ASN1OctetString(
          contentBytes: ArraySlice(address.split(separator: ".").compactMap { UInt8($0) })))
    }
    let pem = try issue(
      subject: DistinguishedName { CommonName(dnsNames.first ?? ipAddresses.first ?? "server") },
      publicKey: Certificate.PublicKey(key.publicKey),
      extensions: try Certificate.Extensions {
        Critical(BasicConstraints.notCertificateAuthority)
        Critical(KeyUsage(digitalSignature: true, keyEncipherment: true))
        try ExtendedKeyUsage([.serverAuth])
        SubjectAlternativeNames(names)
      })
    return PEMPair(certificatePEM: pem, keyPEM: key.pemRepresentation)
  }

  /// A client certificate: CN = user, one O per group.
  public func client(user: String, groups: [String], key encoding: KeyEncoding = .ecSEC1) throws
    -> PEMPair
  {
    let subject = DistinguishedName(
      try groups.map { try OrganizationName($0).makeRDN() } + [try CommonName(user).makeRDN()])
    let publicKey: Certificate.PublicKey
    let keyPEM: String
    switch encoding {
    case .ecSEC1, .ecPKCS8:
      let key = P256.Signing.PrivateKey()
      publicKey = Certificate.PublicKey(key.publicKey)
      keyPEM = encoding == .ecPKCS8 ? key.pemRepresentation : Self.sec1PEM(key)
    case .rsaPKCS1, .rsaPKCS8:
      let key = try _RSA.Signing.PrivateKey(keySize: .bits2048)
      publicKey = Certificate.PublicKey(key.publicKey)
      keyPEM = encoding == .rsaPKCS8 ? key.pkcs8PEMRepresentation : key.pemRepresentation
    }
    let pem = try issue(
      subject: subject, publicKey: publicKey,
      extensions: try Certificate.Extensions {
        Critical(BasicConstraints.notCertificateAuthority)
        Critical(KeyUsage(digitalSignature: true, keyEncipherment: true))
        try ExtendedKeyUsage([.clientAuth])
      })
    return PEMPair(certificatePEM: pem, keyPEM: keyPEM)
  }

  private func issue(
    subject: DistinguishedName, publicKey: Certificate.PublicKey, extensions: Certificate.Extensions
  ) throws -> String {
    let certificate = try Certificate(
      version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: publicKey,
      notValidBefore: Date().addingTimeInterval(-3600),
      notValidAfter: Date().addingTimeInterval(86400), issuer: caName, subject: subject,
      signatureAlgorithm: .ecdsaWithSHA256, extensions: extensions,
      issuerPrivateKey: Certificate.PrivateKey(caKey))
    return try certificate.serializeAsPEM().pemString
  }

  /// An EC P-256 key in SEC1 form (`EC PRIVATE KEY`), as kubeadm and openssl write them.
  static func sec1PEM(_ key: P256.Signing.PrivateKey) -> String {
    let scalar = [UInt8](key.rawRepresentation)
    let point = [UInt8](key.publicKey.x963Representation)
    let oid: [UInt8] = [0x06, 0x08, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x01, 0x07]
    var body: [UInt8] = [0x02, 0x01, 0x01, 0x04, 0x20] + scalar
    body += [0xA0, UInt8(oid.count)] + oid
    body += [0xA1, UInt8(point.count + 3), 0x03, UInt8(point.count + 1), 0x00] + point
    let der: [UInt8] = [0x30, UInt8(body.count)] + body
    let base64 = Data(der).base64EncodedString(options: [
      .lineLength64Characters, .endLineWithLineFeed,
    ])
    return "-----BEGIN EC PRIVATE KEY-----\n\(base64)\n-----END EC PRIVATE KEY-----\n"
  }
}

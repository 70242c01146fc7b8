import Foundation

/// What an exec credential plugin returned (`ExecCredential.status`).
public struct ExecCredentialResult: Sendable, Hashable {
  /// A bearer token.
  public var token: String?
  /// A client certificate and key.
  public var clientCertificate: ClientCertificate?
  /// When the credential expires; nil means it is valid for the life of the process.
  public var expiration: Date?

  /// Creates a result.
  public init(
    token: String? = nil, clientCertificate: ClientCertificate? = nil, expiration: Date? = nil
  ) {
    self.token = token
    self.clientCertificate = clientCertificate
    self.expiration = expiration
  }

  /// Parses the plugin's stdout, checking it against client-go's rules: same apiVersion, kind
  /// `ExecCredential`, a status with a token or a certificate/key pair.
  public static func parse(_ output: Data, expectedVersion: String, command: String)
    throws(CredentialError) -> ExecCredentialResult
  {
    guard let document = try? JSONValue.parse(output), document.objectValue != nil else {
      throw CredentialError("exec plugin \"\(command)\" did not print an ExecCredential as JSON")
    }
    let version = document["apiVersion"]?.stringValue ?? ""
    guard version == expectedVersion else {
      throw CredentialError(
        "exec plugin is configured to use API version \(expectedVersion), plugin returned version \(version.isEmpty ? "(none)" : version)"
      )
    }
    guard document["kind"]?.stringValue == "ExecCredential" else {
      throw CredentialError(
        "exec plugin \"\(command)\" returned kind \(document["kind"]?.stringValue ?? "(none)"), expected ExecCredential"
      )
    }
    guard let status = document["status"], status.objectValue != nil else {
      throw CredentialError("exec plugin didn't return a status field")
    }
    let token = status["token"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
    let cert = status["clientCertificateData"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
    let key = status["clientKeyData"]?.stringValue.flatMap { $0.isEmpty ? nil : $0 }
    if (cert == nil) != (key == nil) {
      throw CredentialError("exec plugin returned only certificate or key, not both")
    }
    guard token != nil || cert != nil else {
      throw CredentialError("exec plugin didn't return a token or cert/key pair")
    }
    var expiration: Date?
    if let stamp = status["expirationTimestamp"]?.stringValue, !stamp.isEmpty {
      guard let date = RFC3339.parse(stamp) else {
        throw CredentialError("exec plugin returned an invalid expirationTimestamp \"\(stamp)\"")
      }
      expiration = date
    }
    return ExecCredentialResult(
      token: token,
      clientCertificate: cert.map {
        ClientCertificate(certificatePEM: Array($0.utf8), keyPEM: Array(key!.utf8))
      },
      expiration: expiration)
  }
}

import Foundation
import Testing

@testable import LiveCluster

@Suite("exec plugin output")
struct ExecCredentialResultTests {
  static let v1 = "client.authentication.k8s.io/v1"

  func parse(_ text: String) throws(CredentialError) -> ExecCredentialResult {
    try ExecCredentialResult.parse(Data(text.utf8), expectedVersion: Self.v1, command: "plugin")
  }

  @Test("a token with an RFC 3339 expiry")
  func token() throws {
    let result = try parse(
      #"{"apiVersion":"\#(Self.v1)","kind":"ExecCredential","status":{"token":"abc","expirationTimestamp":"2030-01-02T03:04:05Z"}}"#
    )
    #expect(result.token == "abc")
    #expect(result.expiration == Date(timeIntervalSince1970: 1_893_553_445))
  }

  @Test("a certificate and key pair")
  func certificate() throws {
    let result = try parse(
      #"{"apiVersion":"\#(Self.v1)","kind":"ExecCredential","status":{"clientCertificateData":"C","clientKeyData":"K"}}"#
    )
    #expect(result.clientCertificate == ClientCertificate(certificatePEM: [67], keyPEM: [75]))
  }

  @Test(
    "client-go's refusals",
    arguments: [
      (
        #"{"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential","status":{"token":"a"}}"#,
        "plugin returned version client.authentication.k8s.io/v1beta1"
      ),
      (
        #"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential"}"#,
        "didn't return a status field"
      ),
      (
        #"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{}}"#,
        "didn't return a token or cert/key pair"
      ),
      (
        #"{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"clientCertificateData":"C"}}"#,
        "only certificate or key"
      ),
      ("not json", "did not print an ExecCredential"),
    ])
  func refusals(text: String, message: String) {
    do {
      _ = try parse(text)
      Issue.record("expected an error")
    } catch {
      #expect(error.message.contains(message))
    }
  }
}

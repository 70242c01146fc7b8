import NIOSSL

/// Builds NIOSSL client configurations from kubeconfig trust settings and client certificates.
public enum TLSFactory {
  /// TLS ≥ 1.2; the kubeconfig CA only (like client-go), else the system roots; no verification
  /// when insecure; the client certificate chain and key when given.
  public static func configuration(trust: ServerTrust, certificate: ClientCertificate?)
    throws(ConfigurationError) -> TLSConfiguration
  {
    var tls = TLSConfiguration.makeClientConfiguration()
    if trust.insecureSkipVerify {
      tls.certificateVerification = .none
    } else if let ca = trust.certificateAuthorityPEM {
      do {
        tls.trustRoots = .certificates(try NIOSSLCertificate.fromPEMBytes(ca))
      } catch {
        throw ConfigurationError("certificate-authority: not a PEM certificate bundle (\(error))")
      }
    }
    if let certificate {
      do {
        let chain = try NIOSSLCertificate.fromPEMBytes(certificate.certificatePEM)
        guard !chain.isEmpty else { throw ConfigurationError("no certificate found") }
        tls.certificateChain = chain.map { .certificate($0) }
      } catch {
        throw ConfigurationError("client-certificate: not a PEM certificate (\(error))")
      }
      do {
        tls.privateKey = .privateKey(try NIOSSLPrivateKey(bytes: certificate.keyPEM, format: .pem))
      } catch {
        throw ConfigurationError(
          "client-key: not a PEM private key (RSA PKCS#1/PKCS#8 or EC) (\(error))")
      }
    }
    return tls
  }
}

import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOSSL

extension APIError {
  /// The same error, marked final (after the last retry).
  var fatal: APIError { APIError(message, isTimeout: isTimeout) }

  /// Turns a transport error into a readable ``APIError``.
  static func classify(_ error: any Error, server: String, timeout: Double) -> APIError {
    if let client = error as? HTTPClientError {
      switch client {
      case .deadlineExceeded, .readTimeout:
        return APIError(
          "request to \(server) timed out after \(format(timeout)) s", isTimeout: true)
      case .connectTimeout:
        return APIError("timed out connecting to \(server)", isTimeout: true)
      case .remoteConnectionClosed:
        return APIError(
          "the server closed the connection early (truncated response)", retryable: true)
      default:
        return APIError("request to \(server) failed: \(client)")
      }
    }
    if error is HTTPParserError {
      return APIError("truncated or malformed response from \(server) (\(error))", retryable: true)
    }
    if error is NIOSSLError || error is BoringSSLError || error is NIOSSLExtraError {
      return tls(error, server: server)
    }
    if let io = error as? IOError {
      if io.errnoCode == ECONNREFUSED {
        return APIError("the connection to the server \(server) was refused")
      }
      if io.errnoCode == ECONNRESET || io.errnoCode == EPIPE {
        return APIError("connection to \(server) reset", retryable: true)
      }
    }
    if let channel = error as? ChannelError, channel == .ioOnClosedChannel || channel == .eof {
      return APIError("connection to \(server) closed", retryable: true)
    }
    return APIError("request to \(server) failed: \(error)")
  }

  private static func tls(_ error: any Error, server: String) -> APIError {
    let text = "\(error)"
    if text.contains("CERTIFICATE_VERIFY_FAILED") {
      return APIError(
        "TLS handshake with \(server) failed: the server's certificate is not signed by a trusted CA (CERTIFICATE_VERIFY_FAILED); check certificate-authority(-data) in the kubeconfig"
      )
    }
    if let extra = error as? NIOSSLExtraError, extra == .failedToValidateHostname {
      return APIError(
        "TLS handshake with \(server) failed: the certificate is not valid for the requested name (\(extra.description)); check the server URL or tls-server-name"
      )
    }
    return APIError("TLS handshake with \(server) failed: \(text)")
  }

  private static func format(_ seconds: Double) -> String {
    seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
  }
}

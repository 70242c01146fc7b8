import Foundation
import AsyncHTTPClient
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
        return APIError("request to \(server) timed out after \(format(timeout)) s", isTimeout: true)
      case .connectTimeout:
        return APIError("timed out connecting to \(server)", isTimeout: true)
      case .remoteConnectionClosed:
        return APIError("the server closed the connection early (truncated response)", retryable: true)
      default:
        return APIError("request to \(server) failed: \(client)")
      }
    }
    if error is HTTPParserError {
      return APIError("truncated or malformed response from \(server) (\(error))", retryable: true)
    }
    if let ssl = error as? NIOSSLError {
      return APIError("TLS handshake with \(server) failed: \(ssl)")
    }
    if let ssl = error as? BoringSSLError {
      return APIError("TLS handshake with \(server) failed: \(ssl)")
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

  private static func format(_ seconds: Double) -> String {
    seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
  }
}

/// A capture that could not start or had to stop (the server refused discovery, credentials
/// were rejected, the server is unreachable).
public struct CaptureError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What went wrong and what to do about it.
  public var message: String

  /// Creates an error.
  public init(_ message: String) { self.message = message }

  /// The message.
  public var description: String { message }

  /// The error for a failed discovery or identity request, in kubectl's words.
  static func from(_ response: APIResponse, path: String, connection: ClusterConnection)
    -> CaptureError
  {
    let status = response.apiStatus ?? APIStatus(body: response.body, code: response.status)
    switch response.status {
    case 401:
      var text =
        "You must be logged in to the server (the server has asked for the client to provide credentials)"
      if case .oidc = connection.credential {
        text += "; the oidc id-token may have expired: log in again with your OIDC tool"
      }
      return CaptureError(text)
    case 403:
      return CaptureError("Error from server (Forbidden): \(status.text) (GET \(path))")
    default:
      return CaptureError("GET \(path): HTTP \(response.status): \(status.text)")
    }
  }
}

import Foundation

/// An API server response, body fully read (and decompressed).
public struct APIResponse: Sendable {
  /// The HTTP status code.
  public var status: Int
  /// The `Content-Type`.
  public var contentType: String?
  /// `Retry-After` in seconds, when sent.
  public var retryAfter: Double?
  /// The body.
  public var body: Data

  /// Creates a response.
  public init(status: Int, contentType: String? = nil, retryAfter: Double? = nil, body: Data) {
    self.status = status
    self.contentType = contentType
    self.retryAfter = retryAfter
    self.body = body
  }

  /// Whether the status is 2xx.
  public var isSuccess: Bool { (200..<300).contains(status) }

  /// The body parsed as JSON.
  public func json() throws -> JSONValue { try JSONValue.parse(body) }

  /// The `Status` object of an error response (reason and message), when the body is one.
  public var apiStatus: APIStatus? { APIStatus(body: body, code: status) }
}

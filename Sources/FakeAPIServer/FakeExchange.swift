/// A request as the fake sees it.
public struct FakeRequest: Sendable, Hashable {
  /// The method: `GET` or `POST`.
  public var method: String
  /// The path without the query.
  public var path: String
  /// Query parameters (percent-decoded).
  public var query: [String: String]
  /// `Accept`.
  public var accept: String
  /// `Accept-Encoding`.
  public var acceptEncoding: String
  /// `Authorization`.
  public var authorization: String?
  /// `User-Agent`.
  public var userAgent: String?
  /// Impersonation headers seen (`Impersonate-User: bob`).
  public var impersonation: [String]
  /// The user of a verified client certificate (CN, O).
  public var certificateUser: FakeUser?
}

/// A response the fake will send.
public struct FakeResponse: Sendable {
  /// The status code.
  public var status: Int
  /// The `Content-Type`.
  public var contentType = "application/json"
  /// Extra headers.
  public var headers: [(String, String)] = []
  /// The body.
  public var body: [UInt8]
  /// Seconds to wait before sending.
  public var delay: Double = 0
  /// Send only half the body, then close the connection.
  public var truncate = false
}

/// What the fake logged about one request.
public struct FakeRequestRecord: Sendable, Hashable {
  /// The request.
  public var request: FakeRequest
  /// The authenticated user, if any.
  public var user: String?
  /// The status answered.
  public var status: Int
  /// `method path?query` for readable assertions.
  public var line: String
}

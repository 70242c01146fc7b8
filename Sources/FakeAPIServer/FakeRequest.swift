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

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

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

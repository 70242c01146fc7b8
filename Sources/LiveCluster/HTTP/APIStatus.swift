import Foundation

/// A `Status` object from an error response: `{"kind":"Status","reason":…,"message":…}`.
public struct APIStatus: Sendable, Hashable {
  /// The HTTP code.
  public var code: Int
  /// The reason: `Forbidden`, `Expired`, `NotFound`, `TooManyRequests`.
  public var reason: String?
  /// The server's message, such as `secrets is forbidden: User "alice" cannot list …`.
  public var message: String?
  /// `metadata.continue` (an inconsistent continue token on 410).
  public var continueToken: String?

  /// Reads a Status body; a body that is not one gives a status with no reason and the body's
  /// first line as the message.
  public init(body: Data, code: Int) {
    self.code = code
    if let value = try? JSONValue.parse(body), value["kind"]?.stringValue == "Status" {
      reason = value["reason"]?.stringValue
      message = value["message"]?.stringValue
      continueToken = value.value(at: "metadata", "continue")?.stringValue
    } else {
      let text = String(decoding: body.prefix(300), as: UTF8.self)
      message = text.split(separator: "\n").first.map(String.init)
    }
  }

  /// The message, else kubectl's default phrase for the code.
  public var text: String {
    if let message, !message.isEmpty { return message }
    switch code {
    case 401: return "Unauthorized"
    case 403: return "Forbidden"
    case 404: return "the server could not find the requested resource"
    case 410: return "Expired"
    case 429: return "Too many requests, please try again later."
    default: return "HTTP \(code)"
    }
  }
}

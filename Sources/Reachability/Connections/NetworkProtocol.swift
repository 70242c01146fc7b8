/// A transport protocol NetworkPolicy can name, in np-guard's output order.
public enum NetworkProtocol: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
  /// SCTP.
  case sctp = "SCTP"
  /// TCP (the API default).
  case tcp = "TCP"
  /// UDP.
  case udp = "UDP"

  /// The protocol a NetworkPolicy port or container port names; `nil` (absent) is TCP,
  /// anything other than `TCP`, `UDP` or `SCTP` is unsupported and yields `nil`.
  public init?(apiValue: String?) {
    guard let value = apiValue else {
      self = .tcp
      return
    }
    self.init(rawValue: value)
  }

  /// Orders by name, as np-guard prints protocol groups (SCTP < TCP < UDP).
  public static func < (a: NetworkProtocol, b: NetworkProtocol) -> Bool {
    a.rawValue < b.rawValue
  }
}

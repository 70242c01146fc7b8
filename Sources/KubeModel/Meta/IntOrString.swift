/// A Kubernetes `IntOrString` (ports that may be a number or a named port).
public enum IntOrString: Codable, Sendable, Hashable, CustomStringConvertible {
  /// A numeric value.
  case int(Int)
  /// A string value, for example a named port `http` or a percentage.
  case string(String)

  /// Decodes a number, or a string (a string of digits stays a string, as in the API).
  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    if let i = try? c.decode(Int.self) {
      self = .int(i)
    } else {
      self = .string(try c.decode(String.self))
    }
  }

  /// Encodes the number or the string.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    switch self {
    case .int(let i): try c.encode(i)
    case .string(let s): try c.encode(s)
    }
  }

  /// The value as text.
  public var description: String {
    switch self {
    case .int(let i): String(i)
    case .string(let s): s
    }
  }
}

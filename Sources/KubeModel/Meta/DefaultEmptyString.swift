/// A string that decodes as `""` when its key is absent or `null` (for example a container
/// without `name` in a hand-trimmed pod dump, which np-guard still analyses).
@propertyWrapper
public struct DefaultEmptyString: Codable, Sendable, Hashable {
  /// The string.
  public var wrappedValue: String

  /// Wraps a string.
  public init(wrappedValue: String = "") { self.wrappedValue = wrappedValue }

  /// Decodes a string, or `""` for `null`.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    wrappedValue = c.decodeNil() ? "" : try c.decode(String.self)
  }

  /// Encodes the string.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(wrappedValue)
  }
}

extension KeyedDecodingContainer {
  /// Decodes a ``DefaultEmptyString``, treating an absent key as `""`.
  public func decode(_ type: DefaultEmptyString.Type, forKey key: Key) throws
    -> DefaultEmptyString
  {
    try decodeIfPresent(type, forKey: key) ?? DefaultEmptyString()
  }
}

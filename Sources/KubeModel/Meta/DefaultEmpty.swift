/// A list that decodes as empty when its key is absent or `null`.
///
/// Kubernetes omits empty lists from JSON (`omitempty`); analyses want `[]` rather than
/// `nil` wherever the two mean the same thing. Where they differ (NetworkPolicy `from`,
/// `ports`), the model uses an optional instead.
@propertyWrapper
public struct DefaultEmpty<Element: Codable & Sendable & Hashable>: Codable, Sendable, Hashable {
  /// The list.
  public var wrappedValue: [Element]

  /// Wraps a list.
  public init(wrappedValue: [Element] = []) { self.wrappedValue = wrappedValue }

  /// Decodes a list, or `[]` for `null`.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    wrappedValue = c.decodeNil() ? [] : try c.decode([Element].self)
  }

  /// Encodes the list.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(wrappedValue)
  }
}

extension KeyedDecodingContainer {
  /// Decodes a ``DefaultEmpty`` list, treating an absent key as `[]`.
  public func decode<T>(_ type: DefaultEmpty<T>.Type, forKey key: Key) throws -> DefaultEmpty<T> {
    try decodeIfPresent(type, forKey: key) ?? DefaultEmpty()
  }
}

extension KeyedEncodingContainer {
  /// Encodes a ``DefaultEmpty`` list, omitting it when empty (as the API's `omitempty`).
  public mutating func encode<T>(_ value: DefaultEmpty<T>, forKey key: Key) throws {
    if !value.wrappedValue.isEmpty { try encode(value.wrappedValue, forKey: key) }
  }
}

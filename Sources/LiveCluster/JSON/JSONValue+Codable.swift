import Foundation

extension JSONValue: Codable {
  /// Decodes any JSON value.
  public init(from decoder: any Decoder) throws {
    if var array = try? decoder.unkeyedContainer() {
      var elements: [JSONValue] = []
      if let count = array.count { elements.reserveCapacity(count) }
      while !array.isAtEnd { elements.append(try array.decode(JSONValue.self)) }
      self = .array(elements)
      return
    }
    if let object = try? decoder.container(keyedBy: AnyKey.self) {
      var members: [String: JSONValue] = [:]
      members.reserveCapacity(object.allKeys.count)
      for key in object.allKeys {
        members[key.stringValue] = try object.decode(JSONValue.self, forKey: key)
      }
      self = .object(members)
      return
    }
    let single = try decoder.singleValueContainer()
    if single.decodeNil() {
      self = .null
    } else if let flag = try? single.decode(Bool.self) {
      self = .bool(flag)
    } else if let text = try? single.decode(String.self) {
      self = .string(text)
    } else if let number = try? single.decode(Int64.self) {
      self = .int(number)
    } else {
      self = .double(try single.decode(Double.self))
    }
  }

  /// Encodes the value (objects with sorted keys when the encoder sorts).
  public func encode(to encoder: any Encoder) throws {
    switch self {
    case .null:
      var c = encoder.singleValueContainer()
      try c.encodeNil()
    case .bool(let flag):
      var c = encoder.singleValueContainer()
      try c.encode(flag)
    case .int(let number):
      var c = encoder.singleValueContainer()
      try c.encode(number)
    case .double(let number):
      var c = encoder.singleValueContainer()
      try c.encode(number)
    case .string(let text):
      var c = encoder.singleValueContainer()
      try c.encode(text)
    case .array(let elements):
      var c = encoder.unkeyedContainer()
      for element in elements { try c.encode(element) }
    case .object(let members):
      var c = encoder.container(keyedBy: AnyKey.self)
      for (key, value) in members { try c.encode(value, forKey: AnyKey(key)) }
    }
  }

  /// Parses JSON bytes.
  ///
  /// - Complexity: O(*n*) in the size of the input.
  public static func parse(_ data: Data) throws -> JSONValue {
    try JSONParser.parse([UInt8](data))
  }

  private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }
}

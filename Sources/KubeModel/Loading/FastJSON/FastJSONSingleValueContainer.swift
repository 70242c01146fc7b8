/// A single JSON value seen through the fast reader.
struct FastJSONSingleValueContainer: SingleValueDecodingContainer {
  /// The decoder.
  let decoder: FastJSONDecoding
  /// The value's tape entry.
  let entry: Int

  var codingPath: [any CodingKey] { decoder.codingPath }

  func decodeNil() -> Bool { decoder.document.tape[entry].kind == .null }

  func decode(_ type: Bool.Type) throws -> Bool {
    try decoder.bool(at: entry, step: nil, own: [])
  }

  func decode(_ type: String.Type) throws -> String {
    try decoder.string(at: entry, step: nil, own: [])
  }

  func decode(_ type: Double.Type) throws -> Double {
    try decoder.double(at: entry, step: nil, own: [])
  }

  func decode(_ type: Float.Type) throws -> Float { throw decoder.unsupported() }
  func decode(_ type: Int.Type) throws -> Int { try integer() }
  func decode(_ type: Int8.Type) throws -> Int8 { try integer() }
  func decode(_ type: Int16.Type) throws -> Int16 { try integer() }
  func decode(_ type: Int32.Type) throws -> Int32 { try integer() }
  func decode(_ type: Int64.Type) throws -> Int64 { try integer() }
  func decode(_ type: UInt.Type) throws -> UInt { try integer() }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try integer() }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try integer() }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try integer() }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try integer() }

  private func integer<T: FixedWidthInteger>() throws -> T {
    try decoder.integer(T.self, at: entry, step: nil, own: [])
  }

  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    if T.self == String.self { return try decode(String.self) as! T }
    if T.self == Int.self { return try decode(Int.self) as! T }
    if T.self == Bool.self { return try decode(Bool.self) as! T }
    try decoder.refuseSpecial(T.self)
    // Foundation decodes the same value again with the same path.
    let saved = decoder.current
    decoder.current = entry
    defer { decoder.current = saved }
    return try T(from: decoder)
  }
}

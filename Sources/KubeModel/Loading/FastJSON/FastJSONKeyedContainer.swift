/// A JSON object seen through the fast reader: members are found by scanning the object's own
/// tape entries; a value is only converted when asked for.
struct FastJSONKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  /// The decoder.
  let decoder: FastJSONDecoding
  /// The object's tape entry.
  let object: Int
  /// Length of the decoder's path when the container was made.
  let depth: Int
  /// Steps from the decoder's path to the object (for nested containers).
  let own: [FastJSONPathStep]

  var codingPath: [any CodingKey] { decoder.path(decoder.steps[..<depth], then: own) }

  var allKeys: [Key] {
    let document = decoder.document
    var keys: [Key] = []
    var entries: [Int] = []
    var entry = object + 1
    for _ in 0..<document.tape[object].count {
      entries.append(entry)
      if let key = Key(stringValue: document.string(at: entry)) { keys.append(key) }
      entry = Int(document.tape[entry + 1].next)
    }
    if hasDuplicates(entries) { document.needsReference = true }
    return keys
  }

  /// Whether two members share a key (Foundation then lists the key once).
  private func hasDuplicates(_ entries: [Int]) -> Bool {
    let document = decoder.document
    guard entries.count > 16 else {
      for (i, a) in entries.enumerated() {
        for b in entries[(i + 1)...] where document.keysEqual(a, b) { return true }
      }
      return false
    }
    return Set(entries.map { document.string(at: $0) }).count != entries.count
  }

  /// The tape entry of `key`'s name (its value is the next entry), first match winning.
  ///
  /// - Complexity: O(*m*) in the object's members.
  @inline(__always)
  private func find(_ key: Key) -> Int? { find(named: key.stringValue) }

  @inline(__always)
  private func find(named name: String) -> Int? {
    decoder.document.member(of: object, named: name)
  }

  private func value(_ key: Key) throws -> Int {
    guard let entry = find(key) else {
      throw DecodingError.keyNotFound(
        key,
        .init(codingPath: codingPath, debugDescription: "No value associated with key \(key)"))
    }
    return entry + 1
  }

  func contains(_ key: Key) -> Bool { find(key) != nil }

  func decodeNil(forKey key: Key) throws -> Bool {
    decoder.document.tape[try value(key)].kind == .null
  }

  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
    let entry = try value(key)
    return try decoder.bool(at: entry, step: .key(entry - 1), own: own)
  }

  func decode(_ type: String.Type, forKey key: Key) throws -> String {
    let entry = try value(key)
    return try decoder.string(at: entry, step: .key(entry - 1), own: own)
  }

  func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
    let entry = try value(key)
    return try decoder.double(at: entry, step: .key(entry - 1), own: own)
  }

  func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
    throw decoder.unsupported()
  }

  func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
    try integer(key)
  }

  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try integer(key) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try integer(key) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try integer(key) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try integer(key) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try integer(key) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try integer(key) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try integer(key) }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try integer(key) }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try integer(key) }

  private func integer<T: FixedWidthInteger>(_ key: Key) throws -> T {
    let entry = try value(key)
    return try decoder.integer(T.self, at: entry, step: .key(entry - 1), own: own)
  }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    let entry = try value(key)
    return try decoder.decode(T.self, at: entry, step: .key(entry - 1), own: own)
  }

  func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
    guard let entry = present(key) else { return nil }
    return try decoder.string(at: entry, step: .key(entry - 1), own: own)
  }

  func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
    guard let entry = present(key) else { return nil }
    return try decoder.bool(at: entry, step: .key(entry - 1), own: own)
  }

  func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
    guard let entry = present(key) else { return nil }
    return try decoder.integer(Int.self, at: entry, step: .key(entry - 1), own: own)
  }

  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    guard let entry = present(key) else { return nil }
    return try decoder.decode(T.self, at: entry, step: .key(entry - 1), own: own)
  }

  /// The value entry of `key` unless it is absent or `null`.
  @inline(__always)
  private func present(_ key: Key) -> Int? {
    guard let entry = find(key), decoder.document.tape[entry + 1].kind != .null else {
      return nil
    }
    return entry + 1
  }

  func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type, forKey key: Key
  ) throws -> KeyedDecodingContainer<NestedKey> {
    let entry = try value(key)
    let steps = own + [.key(entry - 1)]
    let object = try decoder.document.resolve(entry)
    guard decoder.document.tape[object].kind == .object else {
      throw decoder.mismatch(
        [String: Any].self, at: object, found: decoder.document.tape[object].kind,
        path: decoder.path(decoder.steps[..<depth], then: steps))
    }
    return KeyedDecodingContainer(
      FastJSONKeyedContainer<NestedKey>(decoder: decoder, object: object, depth: depth, own: steps))
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    let entry = try value(key)
    let steps = own + [.key(entry - 1)]
    let array = try decoder.document.resolve(entry)
    guard decoder.document.tape[array].kind == .array else {
      throw decoder.mismatch(
        [Any].self, at: array, found: decoder.document.tape[array].kind,
        path: decoder.path(decoder.steps[..<depth], then: steps))
    }
    return FastJSONUnkeyedContainer(decoder: decoder, array: array, depth: depth, own: steps)
  }

  func superDecoder() throws -> any Decoder {
    try superDecoder(named: "super")
  }

  func superDecoder(forKey key: Key) throws -> any Decoder {
    try superDecoder(named: key.stringValue)
  }

  private func superDecoder(named name: String) throws -> any Decoder {
    let steps = Array(decoder.steps[..<depth]) + own
    guard let key = find(named: name) else {
      // Foundation decodes a missing member as null.
      throw decoder.unsupported()
    }
    return FastJSONDecoding(
      document: decoder.document, current: key + 1, steps: steps + [.key(key)])
  }
}

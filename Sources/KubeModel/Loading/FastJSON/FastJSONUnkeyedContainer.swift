/// A JSON array seen through the fast reader, walked element by element along the tape.
struct FastJSONUnkeyedContainer: UnkeyedDecodingContainer {
  /// The decoder.
  let decoder: FastJSONDecoding
  /// The array's tape entry.
  let array: Int
  /// Length of the decoder's path when the container was made.
  let depth: Int
  /// Steps from the decoder's path to the array (for nested containers).
  let own: [FastJSONPathStep]
  /// The tape entry of the next element.
  private var cursor: Int
  private(set) var currentIndex = 0

  /// A container over the array entry `array`.
  init(decoder: FastJSONDecoding, array: Int, depth: Int, own: [FastJSONPathStep]) {
    self.decoder = decoder
    self.array = array
    self.depth = depth
    self.own = own
    cursor = array + 1
  }

  var codingPath: [any CodingKey] { decoder.path(decoder.steps[..<depth], then: own) }

  var count: Int? { Int(decoder.document.tape[array].count) }

  var isAtEnd: Bool { currentIndex >= count! }

  /// Moves past the current element; returns its entry and path step.
  private mutating func advance(_ type: Any.Type) throws -> (Int, FastJSONPathStep) {
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(
        type,
        .init(
          codingPath: decoder.path(decoder.steps[..<depth], then: own + [.element(currentIndex)]),
          debugDescription: "Unkeyed container is at end."))
    }
    let entry = cursor
    let step = FastJSONPathStep.element(currentIndex)
    cursor = Int(decoder.document.tape[entry].next)
    currentIndex += 1
    return (entry, step)
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd, decoder.document.tape[cursor].kind == .null else { return false }
    _ = try advance(Never.self)
    return true
  }

  mutating func decode(_ type: Bool.Type) throws -> Bool {
    let (entry, step) = try peek(type)
    let value = try decoder.bool(at: entry, step: step, own: own)
    _ = try advance(type)
    return value
  }

  mutating func decode(_ type: String.Type) throws -> String {
    let (entry, step) = try peek(type)
    let value = try decoder.string(at: entry, step: step, own: own)
    _ = try advance(type)
    return value
  }

  mutating func decode(_ type: Double.Type) throws -> Double {
    let (entry, step) = try peek(type)
    let value = try decoder.double(at: entry, step: step, own: own)
    _ = try advance(type)
    return value
  }

  mutating func decode(_ type: Float.Type) throws -> Float { throw decoder.unsupported() }
  mutating func decode(_ type: Int.Type) throws -> Int { try integer() }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try integer() }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try integer() }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try integer() }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try integer() }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try integer() }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try integer() }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try integer() }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try integer() }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try integer() }

  private mutating func integer<T: FixedWidthInteger>() throws -> T {
    let (entry, step) = try peek(T.self)
    let value = try decoder.integer(T.self, at: entry, step: step, own: own)
    _ = try advance(T.self)
    return value
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    let (entry, step) = try peek(type)
    let value = try decoder.decode(T.self, at: entry, step: step, own: own)
    _ = try advance(type)
    return value
  }

  /// The current element without moving past it (Foundation stays on an element that fails).
  private func peek(_ type: Any.Type) throws -> (Int, FastJSONPathStep) {
    var copy = self
    return try copy.advance(type)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    let (entry, step) = try peek(type)
    let object = try decoder.document.resolve(entry)
    let steps = own + [step]
    guard decoder.document.tape[object].kind == .object else {
      throw decoder.mismatch(
        [String: Any].self, at: object, found: decoder.document.tape[object].kind,
        path: decoder.path(decoder.steps[..<depth], then: steps))
    }
    _ = try advance(type)
    return KeyedDecodingContainer(
      FastJSONKeyedContainer<NestedKey>(decoder: decoder, object: object, depth: depth, own: steps))
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    let (entry, step) = try peek([Any].self)
    let nested = try decoder.document.resolve(entry)
    let steps = own + [step]
    guard decoder.document.tape[nested].kind == .array else {
      throw decoder.mismatch(
        [Any].self, at: nested, found: decoder.document.tape[nested].kind,
        path: decoder.path(decoder.steps[..<depth], then: steps))
    }
    _ = try advance([Any].self)
    return FastJSONUnkeyedContainer(decoder: decoder, array: nested, depth: depth, own: steps)
  }

  mutating func superDecoder() throws -> any Decoder {
    let (entry, step) = try advance((any Decoder).self)
    return FastJSONDecoding(
      document: decoder.document, current: entry,
      steps: Array(decoder.steps[..<depth]) + own + [step])
  }
}

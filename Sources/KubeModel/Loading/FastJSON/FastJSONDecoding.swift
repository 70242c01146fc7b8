import Foundation

/// The `Decoder` the fast JSON reader hands to `init(from:)`: one value of a
/// ``FastJSONDocument`` at a time, with primitive values read straight from the bytes.
///
/// Semantics follow Foundation's `JSONDecoder` with default strategies: strings, numbers and
/// booleans do not convert into each other, `null` is absent for `decodeIfPresent`, the first of
/// duplicate keys wins. Where Foundation's exact result is not reproduced (an integer written
/// with a fraction or exponent, an out-of-range number, dates, data, duplicate keys listed by
/// `allKeys`) the document is marked ``FastJSONDocument/needsReference`` and the caller
/// decodes it with Foundation instead.
final class FastJSONDecoding: Decoder {
  /// The document.
  let document: FastJSONDocument
  /// The tape entry being decoded.
  @exclusivity(unchecked) var current: Int
  /// The coding path, as cheap steps.
  @exclusivity(unchecked) var steps: [FastJSONPathStep]

  /// A decoder for the entry `current` of `document`.
  init(document: FastJSONDocument, current: Int, steps: [FastJSONPathStep] = []) {
    self.document = document
    self.current = current
    self.steps = steps
  }

  var codingPath: [any CodingKey] { path(steps[...]) }

  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    let object = try document.resolve(current)
    try expect(.object, at: object, as: [String: Any].self)
    return KeyedDecodingContainer(
      FastJSONKeyedContainer<Key>(decoder: self, object: object, depth: steps.count, own: []))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    let array = try document.resolve(current)
    try expect(.array, at: array, as: [Any].self)
    return FastJSONUnkeyedContainer(decoder: self, array: array, depth: steps.count, own: [])
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    FastJSONSingleValueContainer(decoder: self, entry: current)
  }

  /// The coding path of `prefix` steps, as keys.
  func path(_ prefix: ArraySlice<FastJSONPathStep>, then extra: [FastJSONPathStep] = [])
    -> [any CodingKey]
  {
    (prefix + extra).map { step in
      step.keyEntry < 0
        ? FastJSONCodingKey(intValue: Int(step.index))
        : FastJSONCodingKey(stringValue: document.string(at: Int(step.keyEntry)))
    }
  }

  /// Throws Foundation's error for a value of the wrong kind (`null` is "value not found").
  func expect(_ kind: FastJSONEntry.Kind, at entry: Int, as type: Any.Type) throws {
    let found = document.tape[entry].kind
    guard found != kind else { return }
    throw mismatch(type, at: entry, found: found, path: codingPath)
  }

  /// The error for a value of `found` kind where `type` was expected.
  func mismatch(
    _ type: Any.Type, at entry: Int, found: FastJSONEntry.Kind, path: [any CodingKey]
  ) -> DecodingError {
    if found == .null {
      return .valueNotFound(
        type,
        .init(codingPath: path, debugDescription: "Cannot get value of type \(type) -- found null"))
    }
    return .typeMismatch(
      type, .init(codingPath: path, debugDescription: "Expected to decode \(type)"))
  }

  /// Decodes the value at `entry`, reached through `step`.
  ///
  /// - Parameter own: Steps of a nested container between the decoder's path and `step`.
  @inline(__always)
  func decode<T: Decodable>(
    _ type: T.Type, at entry: Int, step: FastJSONPathStep, own: [FastJSONPathStep]
  ) throws -> T {
    if T.self == String.self { return try string(at: entry, step: step, own: own) as! T }
    if T.self == Int.self { return try integer(Int.self, at: entry, step: step, own: own) as! T }
    if T.self == Bool.self { return try bool(at: entry, step: step, own: own) as! T }
    try refuseSpecial(T.self)
    let saved = current
    let depth = steps.count
    current = entry
    if !own.isEmpty { steps += own }
    steps.append(step)
    defer {
      current = saved
      steps.removeSubrange(depth...)
    }
    return try T(from: self)
  }

  /// The string at `entry`.
  func string(at entry: Int, step: FastJSONPathStep?, own: [FastJSONPathStep]) throws -> String {
    let kind = document.tape[entry].kind
    guard kind == .string else {
      throw mismatch(String.self, at: entry, found: kind, path: errorPath(step, own))
    }
    return document.string(at: entry)
  }

  /// The boolean at `entry`.
  func bool(at entry: Int, step: FastJSONPathStep?, own: [FastJSONPathStep]) throws -> Bool {
    switch document.tape[entry].kind {
    case .trueValue: return true
    case .falseValue: return false
    case let kind: throw mismatch(Bool.self, at: entry, found: kind, path: errorPath(step, own))
    }
  }

  /// The integer at `entry`; only plain integer syntax is read (Foundation's conversion of
  /// `1.0` or `1e2` is left to Foundation).
  func integer<T: FixedWidthInteger>(
    _ type: T.Type, at entry: Int, step: FastJSONPathStep?, own: [FastJSONPathStep]
  ) throws -> T {
    let value = document.tape[entry]
    guard value.kind == .number else {
      throw mismatch(T.self, at: entry, found: value.kind, path: errorPath(step, own))
    }
    guard value.flags & FastJSONEntry.fractional == 0,
      let parsed = FastJSONNumber.integer(T.self, document.base, value.start, value.end)
    else {
      document.needsReference = true
      throw FastJSONError.unsupported
    }
    return parsed
  }

  /// The floating-point number at `entry`.
  func double(at entry: Int, step: FastJSONPathStep?, own: [FastJSONPathStep]) throws -> Double {
    let value = document.tape[entry]
    guard value.kind == .number else {
      throw mismatch(Double.self, at: entry, found: value.kind, path: errorPath(step, own))
    }
    guard let parsed = FastJSONNumber.double(document.base, value.start, value.end) else {
      document.needsReference = true
      throw FastJSONError.unsupported
    }
    return parsed
  }

  /// Refuses the types `JSONDecoder` decodes with strategies of its own.
  @inline(__always)
  func refuseSpecial<T>(_ type: T.Type) throws {
    if T.self == Date.self || T.self == Data.self || T.self == URL.self
      || T.self == Decimal.self
    {
      throw unsupported()
    }
  }

  /// A value Foundation would decode in a way the fast reader does not reproduce.
  func unsupported() -> any Error {
    document.needsReference = true
    return FastJSONError.unsupported
  }

  private func errorPath(_ step: FastJSONPathStep?, _ own: [FastJSONPathStep]) -> [any CodingKey] {
    path(steps[...], then: own + (step.map { [$0] } ?? []))
  }
}

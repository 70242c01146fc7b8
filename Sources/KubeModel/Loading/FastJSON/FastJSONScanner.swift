import Foundation

/// Validates JSON text byte by byte (RFC 8259, strictly) and records its values on a tape.
///
/// In shallow mode, containers that are array elements at ``deferDepth`` or deeper are
/// recorded as deferred entries without validating their insides: a list's items are then cut
/// into ranges in one quick pass and validated later by whoever decodes them.
struct FastJSONScanner {
  /// The document's first byte.
  let base: UnsafePointer<UInt8>
  /// Depth from which array elements that are containers are deferred; `nil` validates all.
  let deferDepth: Int?
  /// Set to drop the pages the shallow scan went past.
  var pageRelease: FastJSONPageRelease? = nil

  /// The deepest nesting accepted (Foundation's `JSONDecoder` refuses deeper input).
  static let maximumDepth = 512

  private static let quote = UInt8(ascii: "\"")
  private static let backslash = UInt8(ascii: "\\")

  /// Appends the entries of the one value in `start..<end` (whitespace around it allowed) and
  /// returns the index of its entry.
  ///
  /// - Parameters:
  ///   - depth: How many containers enclose the value in the whole document.
  ///   - deferred: Receives the indices of deferred entries.
  /// - Complexity: O(*n*) in the number of bytes.
  func scan(
    from start: Int, to end: Int, depth: Int, into tape: inout [FastJSONEntry],
    deferred: inout [Int]
  ) throws(FastJSONError) -> Int {
    let root = tape.count
    var released = start
    var stack: [Int] = []
    var p = skipSpace(start, end)
    value: while true {
      guard p < end else { throw .syntax("unexpected end of input", at: p) }
      let byte = base[p]
      switch byte {
      case Self.quote:
        let (after, flags) = try string(p, end)
        tape.append(entry(.string, p, after, tape.count, flags))
        p = after
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        let level = depth + stack.count + 1
        guard level <= Self.maximumDepth else { throw .syntax("nesting too deep", at: p) }
        let isObject = byte == UInt8(ascii: "{")
        if let deferDepth, level - 1 >= deferDepth, let parent = stack.last,
          tape[parent].kind == .array
        {
          let after = try skipContainer(p, end)
          deferred.append(tape.count)
          var item = entry(isObject ? .deferredObject : .deferredArray, p, after, tape.count, 0)
          item.count = Int32(level - 1)
          tape.append(item)
          p = after
          if let pageRelease, p - released >= FastJSONPageRelease.window {
            pageRelease.release(from: released, to: p)
            released = p
          }
          break
        }
        let index = tape.count
        tape.append(entry(isObject ? .object : .array, p, p, index, 0))
        p = skipSpace(p + 1, end)
        if p < end && base[p] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) {
          tape[index].end = p + 1
          tape[index].next = Int32(tape.count)
          p += 1
          break
        }
        stack.append(index)
        if isObject { p = try key(p, end, into: &tape) }
        continue value
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        let (after, flags) = try number(p, end)
        tape.append(entry(.number, p, after, tape.count, flags))
        p = after
      case UInt8(ascii: "t"):
        p = try literal("true", p, end, .trueValue, into: &tape)
      case UInt8(ascii: "f"):
        p = try literal("false", p, end, .falseValue, into: &tape)
      case UInt8(ascii: "n"):
        p = try literal("null", p, end, .null, into: &tape)
      default:
        throw .syntax("unexpected character", at: p)
      }
      // After a value: a separator, the end of containers, or the end of the input.
      while let open = stack.last {
        p = skipSpace(p, end)
        guard p < end else { throw .syntax("unexpected end of input", at: p) }
        let isObject = tape[open].kind == .object
        if base[p] == UInt8(ascii: ",") {
          tape[open].count += 1
          p = skipSpace(p + 1, end)
          if isObject { p = try key(p, end, into: &tape) }
          continue value
        }
        guard base[p] == (isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")) else {
          throw .syntax("expected ',' or the end of a container", at: p)
        }
        tape[open].count += 1
        tape[open].end = p + 1
        tape[open].next = Int32(tape.count)
        stack.removeLast()
        p += 1
      }
      break
    }
    guard skipSpace(p, end) == end else { throw .syntax("unexpected text after JSON", at: p) }
    return root
  }

  /// Checks that `start..<end` holds one valid JSON value, recording nothing.
  func validate(from start: Int, to end: Int, depth: Int) throws(FastJSONError) {
    var tape: [FastJSONEntry] = []
    var deferred: [Int] = []
    _ = try scan(from: start, to: end, depth: depth, into: &tape, deferred: &deferred)
  }

  @inline(__always)
  private func entry(
    _ kind: FastJSONEntry.Kind, _ start: Int, _ end: Int, _ index: Int, _ flags: UInt8
  ) -> FastJSONEntry {
    FastJSONEntry(
      start: start, end: end, next: Int32(index + 1), count: 0, kind: kind, flags: flags)
  }

  /// A cheap hash of a key's bytes (length, first and last four bytes), kept in the key's
  /// ``FastJSONEntry/count`` so that looking a member up rarely compares bytes.
  @inline(__always)
  static func keyHash(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    var value = UInt32(truncatingIfNeeded: count) &* 0x9E37_79B1
    if count >= 4 {
      let first = UnsafeRawPointer(bytes).loadUnaligned(as: UInt32.self)
      let last = UnsafeRawPointer(bytes + count - 4).loadUnaligned(as: UInt32.self)
      value ^= first &+ (last &* 31)
    } else {
      for offset in 0..<count { value = value &* 31 &+ UInt32(bytes[offset]) }
    }
    return Int32(bitPattern: value)
  }

  @inline(__always)
  private func skipSpace(_ start: Int, _ end: Int) -> Int {
    var p = start
    while p < end {
      switch base[p] {
      case 0x20, 0x0A, 0x0D, 0x09: p += 1
      default: return p
      }
    }
    return p
  }

  /// Reads an object member's key and the colon after it; returns where its value starts.
  private func key(_ start: Int, _ end: Int, into tape: inout [FastJSONEntry])
    throws(FastJSONError) -> Int
  {
    guard start < end, base[start] == Self.quote else {
      throw .syntax("expected a quoted key", at: start)
    }
    let (after, flags) = try string(start, end)
    var name = entry(.string, start, after, tape.count, flags)
    if flags == 0 { name.count = Self.keyHash(base + start + 1, after - start - 2) }
    tape.append(name)
    let colon = skipSpace(after, end)
    guard colon < end, base[colon] == UInt8(ascii: ":") else {
      throw .syntax("expected ':'", at: colon)
    }
    return skipSpace(colon + 1, end)
  }

  private func literal(
    _ word: StaticString, _ start: Int, _ end: Int, _ kind: FastJSONEntry.Kind,
    into tape: inout [FastJSONEntry]
  ) throws(FastJSONError) -> Int {
    let count = word.utf8CodeUnitCount
    guard end - start >= count, memcmp(base + start, word.utf8Start, count) == 0 else {
      throw .syntax("invalid literal", at: start)
    }
    tape.append(entry(kind, start, start + count, tape.count, 0))
    return start + count
  }

  /// Validates a number; returns the offset after it and its flags.
  private func number(_ start: Int, _ end: Int) throws(FastJSONError) -> (Int, UInt8) {
    var p = start
    var flags: UInt8 = 0
    if base[p] == UInt8(ascii: "-") { p += 1 }
    guard p < end, isDigit(base[p]) else { throw .syntax("invalid number", at: p) }
    if base[p] == UInt8(ascii: "0") {
      p += 1
    } else {
      while p < end && isDigit(base[p]) { p += 1 }
    }
    if p < end && base[p] == UInt8(ascii: ".") {
      flags = FastJSONEntry.fractional
      p += 1
      guard p < end, isDigit(base[p]) else { throw .syntax("invalid number", at: p) }
      while p < end && isDigit(base[p]) { p += 1 }
    }
    if p < end && (base[p] | 0x20) == UInt8(ascii: "e") {
      flags = FastJSONEntry.fractional
      p += 1
      if p < end && (base[p] == UInt8(ascii: "+") || base[p] == UInt8(ascii: "-")) { p += 1 }
      guard p < end, isDigit(base[p]) else { throw .syntax("invalid number", at: p) }
      while p < end && isDigit(base[p]) { p += 1 }
    }
    return (p, flags)
  }

  @inline(__always)
  private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

  /// Validates a string starting at its opening quote; returns the offset after the closing
  /// quote and the string's flags.
  @inline(__always)
  private func string(_ start: Int, _ end: Int) throws(FastJSONError) -> (Int, UInt8) {
    var p = start + 1
    var flags: UInt8 = 0
    while true {
      while p + 8 <= end && !Self.mayNeedAttention(base + p) { p += 8 }
      guard p < end else { throw .syntax("unterminated string", at: start) }
      let byte = base[p]
      if byte == Self.quote { return (p + 1, flags) }
      if byte == Self.backslash {
        flags |= FastJSONEntry.escaped
        p = try escape(p, end)
      } else if byte < 0x20 {
        throw .syntax("control character in string", at: p)
      } else if byte >= 0x80 {
        flags |= FastJSONEntry.nonASCII
        p = try FastJSONUTF8.validate(base, p, end)
      } else {
        p += 1
      }
    }
  }

  /// Whether any of 8 bytes is a quote, a backslash, a control character or not ASCII.
  @inline(__always)
  private static func mayNeedAttention(_ pointer: UnsafePointer<UInt8>) -> Bool {
    let word = UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self)
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let quotes = word ^ (ones &* UInt64(quote))
    let slashes = word ^ (ones &* UInt64(backslash))
    let zeroQuote = (quotes &- ones) & ~quotes
    let zeroSlash = (slashes &- ones) & ~slashes
    let control = word &- (ones &* 0x20)
    return ((zeroQuote | zeroSlash | control | word) & highs) != 0
  }

  /// Validates the escape at `start` (a backslash); returns the offset after it.
  private func escape(_ start: Int, _ end: Int) throws(FastJSONError) -> Int {
    guard start + 1 < end else { throw .syntax("unterminated string", at: start) }
    switch base[start + 1] {
    case Self.quote, Self.backslash, UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
      UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
      return start + 2
    case UInt8(ascii: "u"):
      let unit = try hex4(start + 2, end)
      if unit >= 0xDC00 && unit <= 0xDFFF { throw .syntax("lone low surrogate", at: start) }
      guard unit >= 0xD800 && unit <= 0xDBFF else { return start + 6 }
      guard start + 7 < end, base[start + 6] == Self.backslash, base[start + 7] == UInt8(ascii: "u")
      else { throw .syntax("lone high surrogate", at: start) }
      let low = try hex4(start + 8, end)
      guard low >= 0xDC00 && low <= 0xDFFF else { throw .syntax("lone high surrogate", at: start) }
      return start + 12
    default:
      throw .syntax("invalid escape", at: start)
    }
  }

  private func hex4(_ start: Int, _ end: Int) throws(FastJSONError) -> UInt32 {
    guard start + 4 <= end else { throw .syntax("invalid \\u escape", at: start) }
    var value: UInt32 = 0
    for offset in 0..<4 {
      guard let digit = FastJSONUTF8.hexValue(base[start + offset]) else {
        throw .syntax("invalid \\u escape", at: start)
      }
      value = value << 4 | digit
    }
    return value
  }

  /// The offset after the container opening at `start`, found by bracket counting only
  /// (strings are skipped; nothing is validated).
  private func skipContainer(_ start: Int, _ end: Int) throws(FastJSONError) -> Int {
    var depth = 0
    var p = start
    while p < end {
      switch base[p] {
      case Self.quote:
        p += 1
        while true {
          while p + 8 <= end && !Self.mayHoldQuoteOrBackslash(base + p) { p += 8 }
          guard p < end else { throw .syntax("unterminated string", at: start) }
          let byte = base[p]
          if byte == Self.quote { break }
          p += byte == Self.backslash ? 2 : 1
        }
        p += 1
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        depth += 1
        p += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        p += 1
        if depth == 0 { return p }
      default:
        p += 1
      }
    }
    throw .syntax("unterminated container", at: start)
  }

  @inline(__always)
  private static func mayHoldQuoteOrBackslash(_ pointer: UnsafePointer<UInt8>) -> Bool {
    let word = UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self)
    let ones: UInt64 = 0x0101_0101_0101_0101
    let quotes = word ^ (ones &* UInt64(quote))
    let slashes = word ^ (ones &* UInt64(backslash))
    return (((quotes &- ones) & ~quotes) | ((slashes &- ones) & ~slashes)) & 0x8080_8080_8080_8080
      != 0
  }
}

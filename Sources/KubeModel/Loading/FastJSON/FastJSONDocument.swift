import Foundation

/// The bytes of one JSON document and the tape of the values read from them so far.
///
/// A document scanned shallowly defers containers nested in arrays (list items); they are put on
/// the tape when a decoder first opens them, decoded elsewhere (``FastJSONDecoding``'s parallel
/// element decoding), or validated by ``finish()``.
final class FastJSONDocument {
  /// The first byte.
  let base: UnsafePointer<UInt8>
  /// How many bytes there are.
  let count: Int
  /// Values read so far, in document order per scanned range.
  @exclusivity(unchecked) var tape: [FastJSONEntry] = []
  /// Indices of deferred entries.
  @exclusivity(unchecked) var deferred: [Int] = []
  /// Set when a value was met whose Foundation semantics the reader does not reproduce; the
  /// result must then be thrown away even if decoding went on (for example under `try?`).
  @exclusivity(unchecked) var needsReference = false
  /// Threads that may decode list items at once.
  let threads: Int
  private let scanner: FastJSONScanner
  @exclusivity(unchecked) private var interned: [FastJSONInternKey: String] = [:]

  /// Depth from which array elements are deferred when scanning shallowly.
  static let deferDepth = 2

  /// A document over `count` bytes at `base`, scanned shallowly (`shallow`) or fully.
  init(
    base: UnsafePointer<UInt8>, count: Int, shallow: Bool, threads: Int,
    pageRelease: FastJSONPageRelease? = nil
  ) {
    self.base = base
    self.count = count
    self.threads = threads
    self.pageRelease = pageRelease
    scanner = FastJSONScanner(
      base: base, deferDepth: shallow ? Self.deferDepth : nil, pageRelease: pageRelease)
  }

  /// Drops pages once read (only for a private read-only file mapping).
  let pageRelease: FastJSONPageRelease?

  /// Scans the value in `start..<end` at nesting `depth` onto the tape; returns its entry.
  ///
  /// - Complexity: O(*n*) in the size of the range.
  func scan(from start: Int, to end: Int, depth: Int) throws(FastJSONError) -> Int {
    try scanner.scan(from: start, to: end, depth: depth, into: &tape, deferred: &deferred)
  }

  /// Forgets the strings remembered for sharing (at the start of a chunk of items).
  func forgetInternedStrings() {
    interned.removeAll(keepingCapacity: true)
  }

  /// Forgets the tape (to reuse its storage for the next item).
  func reset() {
    tape.removeAll(keepingCapacity: true)
    deferred.removeAll(keepingCapacity: true)
  }

  /// The entry holding the value of `index`: a deferred container is scanned first.
  func resolve(_ index: Int) throws(FastJSONError) -> Int {
    let entry = tape[index]
    switch entry.kind {
    case .deferredObject, .deferredArray:
      let root = try scan(from: entry.start, to: entry.end, depth: Int(entry.count))
      tape[index].kind = .expanded
      tape[index].count = Int32(root)
      return root
    case .expanded:
      return Int(entry.count)
    default:
      return index
    }
  }

  /// Marks a deferred entry as validated by someone else.
  func markValidated(_ index: Int) {
    tape[index].kind = .expanded
    tape[index].count = -1
  }

  /// Validates what was deferred and never decoded, and refuses a result that needs the
  /// reference decoder.
  func finish() throws(FastJSONError) {
    for index in deferred {
      let entry = tape[index]
      guard entry.kind == .deferredObject || entry.kind == .deferredArray else { continue }
      try FastJSONScanner(base: base, deferDepth: nil)
        .validate(from: entry.start, to: entry.end, depth: Int(entry.count))
    }
    if needsReference { throw .unsupported }
  }

  /// The text of the string at `index` (which must be a string entry).
  ///
  /// Longer strings without escapes are shared: equal texts give one `String` storage.
  func string(at index: Int) -> String {
    let entry = tape[index]
    let start = entry.start + 1
    let length = entry.end - 1 - start
    if entry.flags & FastJSONEntry.escaped != 0 {
      return FastJSONUTF8.unescape(base, start, entry.end - 1)
    }
    let bytes = UnsafeBufferPointer(start: base + start, count: length)
    guard length > 15 else { return String(decoding: bytes, as: UTF8.self) }
    let key = FastJSONInternKey(bytes: bytes)
    if let known = interned[key] { return known }
    let text = String(decoding: bytes, as: UTF8.self)
    if interned.count < Self.internLimit { interned[key] = text }
    return text
  }

  /// Strings remembered per document (a bound on the memory interning takes).
  private static let internLimit = 1 << 16

  /// The key entry of the first member of `object` whose key is `name`.
  ///
  /// - Complexity: O(*m*) in the object's members; bytes are compared only when hashes match.
  func member(of object: Int, named name: String) -> Int? {
    var name = name
    return name.withUTF8 { utf8 -> Int? in
      let length = utf8.count
      var isASCII = true
      for byte in utf8 where byte >= 0x80 { isASCII = false }
      let hash =
        length == 0
        ? FastJSONScanner.keyHash(base, 0) : FastJSONScanner.keyHash(utf8.baseAddress!, length)
      var entry = object + 1
      for _ in 0..<tape[object].count {
        let key = tape[entry]
        if key.flags == 0 {
          if key.count == hash && key.end - key.start - 2 == length
            && (length == 0 || memcmp(base + key.start + 1, utf8.baseAddress!, length) == 0)
          {
            return entry
          }
          if !isASCII && string(at: entry) == String(decoding: utf8, as: UTF8.self) {
            return entry
          }
        } else if string(at: entry) == String(decoding: utf8, as: UTF8.self) {
          return entry
        }
        entry = Int(tape[entry + 1].next)
      }
      return nil
    }
  }

  /// Whether two members' keys of an object are equal (as Swift strings).
  func keysEqual(_ a: Int, _ b: Int) -> Bool {
    let first = tape[a]
    let second = tape[b]
    if first.flags == 0 && second.flags == 0 {
      let length = first.end - first.start
      return first.count == second.count && length == second.end - second.start
        && memcmp(base + first.start, base + second.start, length) == 0
    }
    return string(at: a) == string(at: b)
  }
}

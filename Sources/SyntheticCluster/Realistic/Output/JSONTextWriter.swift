/// Writes JSON text straight into a byte buffer, in the order the caller emits members.
///
/// The writer only tracks whether the next member or element needs a separating comma, so
/// output is deterministic and costs no more than appending bytes. Every string (keys
/// included) is escaped as RFC 8259 requires. The caller drains ``bytes`` to a file between
/// items to keep memory bounded.
public struct JSONTextWriter: Sendable {
  /// The JSON text written so far (since the last ``removeAllBytes()``).
  public private(set) var bytes: [UInt8] = []
  private var needsComma = false

  /// Creates an empty writer whose buffer reserves `capacity` bytes.
  public init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

  /// Empties the buffer, keeping its capacity and the comma state (for chunked output).
  public mutating func removeAllBytes() { bytes.removeAll(keepingCapacity: true) }

  /// Opens an object (`{`).
  public mutating func beginObject() {
    separate()
    bytes.append(UInt8(ascii: "{"))
    needsComma = false
  }

  /// Closes an object (`}`).
  public mutating func endObject() {
    bytes.append(UInt8(ascii: "}"))
    needsComma = true
  }

  /// Opens an array (`[`).
  public mutating func beginArray() {
    separate()
    bytes.append(UInt8(ascii: "["))
    needsComma = false
  }

  /// Closes an array (`]`).
  public mutating func endArray() {
    bytes.append(UInt8(ascii: "]"))
    needsComma = true
  }

  /// Writes a member name; the next value written is its value.
  public mutating func key(_ name: String) {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
    appendQuoted(name)
    bytes.append(UInt8(ascii: ":"))
    needsComma = false
  }

  /// Writes a string value.
  public mutating func string(_ value: String) {
    separate()
    appendQuoted(value)
    needsComma = true
  }

  /// Writes an integer value.
  public mutating func int(_ value: Int) {
    separate()
    appendDigits(value)
    needsComma = true
  }

  /// Writes `true` or `false`.
  public mutating func bool(_ value: Bool) {
    separate()
    bytes.append(contentsOf: value ? Self.trueText : Self.falseText)
    needsComma = true
  }

  /// Writes already-encoded JSON text as one value (the caller guarantees it is valid JSON).
  public mutating func rawValue(_ json: [UInt8]) {
    separate()
    bytes.append(contentsOf: json)
    needsComma = true
  }

  /// Starts a value the caller writes as fragments (``appendFragment(_:)``): writes the
  /// separator and counts the value as written.
  public mutating func beginSplicedValue() {
    separate()
    needsComma = true
  }

  /// Appends bytes without touching the separator state: for splicing pre-rendered fragments
  /// of a value whose structure the caller controls (see ``ByteTemplate``).
  public mutating func appendFragment(_ fragment: [UInt8]) { bytes.append(contentsOf: fragment) }

  /// Appends the escaped characters of `text` without quotes or separator (inside a string
  /// whose quotes a fragment provides).
  public mutating func appendEscaped(_ text: String) {
    var text = text
    text.withUTF8 { appendEscaped($0) }
  }

  // MARK: Conveniences

  /// Writes `"name": "value"`.
  public mutating func field(_ name: String, _ value: String) {
    key(name)
    string(value)
  }

  /// Writes `"name": value` for an integer.
  public mutating func field(_ name: String, _ value: Int) {
    key(name)
    int(value)
  }

  /// Writes `"name": true|false`.
  public mutating func field(_ name: String, _ value: Bool) {
    key(name)
    bool(value)
  }

  /// Writes `"name": { … }` with the members `body` writes.
  public mutating func object(_ name: String, _ body: (inout JSONTextWriter) -> Void) {
    key(name)
    object(body)
  }

  /// Writes `{ … }` with the members `body` writes.
  public mutating func object(_ body: (inout JSONTextWriter) -> Void) {
    beginObject()
    body(&self)
    endObject()
  }

  /// Writes `"name": [ … ]` with the elements `body` writes.
  public mutating func array(_ name: String, _ body: (inout JSONTextWriter) -> Void) {
    key(name)
    beginArray()
    body(&self)
    endArray()
  }

  /// Writes `"name": ["a", "b", …]`.
  public mutating func strings(_ name: String, _ values: [String]) {
    array(name) { w in for value in values { w.string(value) } }
  }

  /// Writes `"name": {"k": "v", …}` in the given order.
  public mutating func stringMap(_ name: String, _ pairs: [(String, String)]) {
    object(name) { w in for (k, v) in pairs { w.field(k, v) } }
  }

  // MARK: Bytes

  private static let trueText = Array("true".utf8)
  private static let falseText = Array("false".utf8)
  private static let hexDigits = Array("0123456789abcdef".utf8)

  private mutating func separate() {
    if needsComma { bytes.append(UInt8(ascii: ",")) }
  }

  private mutating func appendQuoted(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    appendEscaped(text)
    bytes.append(UInt8(ascii: "\""))
  }

  private mutating func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
    var start = 0
    var i = 0
    let count = utf8.count
    while i < count {
      let byte = utf8[i]
      guard byte < 0x20 || byte == 0x22 || byte == 0x5C else {
        i += 1
        continue
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i]))
      appendEscape(byte)
      i += 1
      start = i
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<count]))
  }

  private mutating func appendEscape(_ byte: UInt8) {
    bytes.append(UInt8(ascii: "\\"))
    switch byte {
    case 0x22, 0x5C: bytes.append(byte)
    case 0x0A: bytes.append(UInt8(ascii: "n"))
    case 0x0D: bytes.append(UInt8(ascii: "r"))
    case 0x09: bytes.append(UInt8(ascii: "t"))
    default:
      bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
      bytes.append(Self.hexDigits[Int(byte >> 4)])
      bytes.append(Self.hexDigits[Int(byte & 0xF)])
    }
  }

  private mutating func appendDigits(_ value: Int) {
    bytes.append(contentsOf: String(value).utf8)
  }

}

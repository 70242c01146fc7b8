import Foundation

/// Bytes of a string in a JSON document, hashed and compared by content (interning key).
struct FastJSONInternKey: Hashable {
  /// The bytes, inside the document.
  let bytes: UnsafeBufferPointer<UInt8>

  static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.bytes.count == rhs.bytes.count
      && memcmp(lhs.bytes.baseAddress!, rhs.bytes.baseAddress!, lhs.bytes.count) == 0
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
  }
}

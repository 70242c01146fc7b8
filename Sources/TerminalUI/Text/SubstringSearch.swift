#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A byte-wise substring test for filters and searches over many rows (the needle is
/// lower-cased once, rows keep lower-cased search text).
///
/// Byte equality of UTF-8 is code-point equality, which is what a filter over lower-cased text
/// needs; it avoids Foundation's locale-aware search, the cost of typing a filter over
/// 100,000 rows.
public struct SubstringSearch: Sendable {
  /// The lower-cased needle's bytes.
  private let needle: [UInt8]

  /// A search for `text`, lower-cased.
  public init(_ text: String) { needle = Array(text.lowercased().utf8) }

  /// Whether the search is empty (matches everything).
  public var isEmpty: Bool { needle.isEmpty }

  /// Whether `haystack` (already lower-cased) contains the needle.
  ///
  /// - Complexity: O(*n*) in the haystack's bytes.
  public func matches(_ haystack: String) -> Bool {
    guard !needle.isEmpty else { return true }
    var text = haystack
    return text.withUTF8 { hay in
      needle.withUnsafeBufferPointer { Self.find($0, in: hay) }
    }
  }

  /// First-byte scan with `memchr`, then `memcmp` of the rest.
  private static func find(
    _ pattern: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>
  ) -> Bool {
    guard let base = hay.baseAddress, let first = pattern.first, hay.count >= pattern.count
    else { return false }
    var offset = 0
    let last = hay.count - pattern.count
    while offset <= last {
      guard let hit = memchr(base + offset, Int32(first), last - offset + 1) else { return false }
      let position = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
      if memcmp(base + position, pattern.baseAddress!, pattern.count) == 0 { return true }
      offset = position + 1
    }
    return false
  }
}

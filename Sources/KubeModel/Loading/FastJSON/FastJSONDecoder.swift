import Foundation

/// A JSON decoder built for large snapshot files: it validates the bytes strictly, skips
/// members a model never asks for at scan speed, and decodes list items on several threads.
///
/// It decodes any `Decodable` with the semantics of Foundation's `JSONDecoder` (default
/// strategies), or throws. It is stricter than Foundation in places (a trailing comma, a byte
/// order mark, an integer written `1.0`): callers that must accept everything Foundation accepts
/// decode with Foundation when this throws, as ``SnapshotLoader`` does.
public struct FastJSONDecoder: Sendable {
  /// How many threads may decode list items at once.
  public var threads: Int

  /// Whether pages of the data are dropped from memory once read.
  ///
  /// This keeps peak memory low on large files. Only for data that is a private read-only file mapping (the pages are then
  /// read again from the file if needed); never for data in ordinary memory.
  public var releasesPagesBehind: Bool

  /// A decoder using up to `threads` threads (default: one per active processor).
  public init(
    threads: Int = ProcessInfo.processInfo.activeProcessorCount, releasesPagesBehind: Bool = false
  ) {
    self.threads = max(1, threads)
    self.releasesPagesBehind = releasesPagesBehind
  }

  /// Decodes a value from JSON bytes.
  ///
  /// - Throws: An error when the bytes are not JSON, do not fit `T`, or hold something whose
  ///   Foundation decoding this reader does not reproduce.
  /// - Complexity: O(*n*) in the size of the data.
  public func decode<T: Decodable>(_ type: T.Type, from data: Data) throws -> T {
    try data.withUnsafeBytes { raw throws -> T in
      guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else {
        throw FastJSONError.syntax("empty input", at: 0)
      }
      let release =
        releasesPagesBehind
        ? FastJSONPageRelease(base: FastJSONBytes(base: base, count: raw.count)) : nil
      let document = FastJSONDocument(
        base: base, count: raw.count, shallow: true, threads: threads, pageRelease: release)
      let root = try document.scan(from: 0, to: raw.count, depth: 0)
      let value = try T(from: FastJSONDecoding(document: document, current: root))
      try document.finish()
      return value
    }
  }

  /// Whether `data` starts like a JSON object or array (ASCII whitespace, then `{` or `[`).
  public static func looksLikeJSON(_ data: Data) -> Bool {
    for byte in data {
      switch byte {
      case 0x20, 0x0A, 0x0D, 0x09: continue
      case UInt8(ascii: "{"), UInt8(ascii: "["): return true
      default: return false
      }
    }
    return false
  }
}

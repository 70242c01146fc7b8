import Foundation

/// Which decoder a ``SnapshotLoader`` reads JSON with.
public enum SnapshotJSONReader: Sendable, Hashable {
  /// Foundation's `JSONDecoder` only (the reference).
  case foundation
  /// ``FastJSONDecoder`` on up to `threads` threads; whenever it throws, the same bytes are
  /// decoded with Foundation, so results and error messages are Foundation's.
  case fast(threads: Int)

  /// The fast reader on every active processor.
  public static var automatic: SnapshotJSONReader {
    .fast(threads: ProcessInfo.processInfo.activeProcessorCount)
  }
}

import Foundation

/// Drops the pages of a private read-only file mapping once they were read, so that a large
/// snapshot's bytes do not all stay resident (they are read again from the file if touched).
struct FastJSONPageRelease: Sendable {
  /// The mapping's first byte.
  let base: FastJSONBytes
  /// Bytes read between two releases of the shallow scan.
  static let window = 32 << 20

  private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

  /// Releases the whole pages inside `start..<end`.
  func release(from start: Int, to end: Int) {
    let page = Self.pageSize
    let address = Int(bitPattern: base.base)
    let first = (address + start + page - 1) / page * page
    let last = (address + end) / page * page
    guard last > first, let pointer = UnsafeMutableRawPointer(bitPattern: first) else { return }
    #if os(Linux)
      _ = madvise(pointer, last - first, Int32(MADV_DONTNEED))
    #else
      _ = madvise(pointer, last - first, MADV_DONTNEED)
    #endif
  }
}

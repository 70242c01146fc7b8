#if canImport(Glibc)
  import Glibc
#endif

/// Hands memory freed while loading back to the operating system.
///
/// Decoding a large snapshot allocates and frees gigabytes of short-lived buffers (the
/// decoder's tapes, duplicate templates before they are shared); glibc keeps freed heap pages
/// mapped unless asked, so the explorer's resident size would stay at the loading peak.
enum MemoryRelease {
  /// Returns free heap pages to the system (glibc's `malloc_trim`, looked up at run time as
  /// Swift's Glibc module does not export `malloc.h`); does nothing elsewhere.
  static func returnFreedMemory() {
    #if canImport(Glibc)
      typealias Trim = @convention(c) (Int) -> Int32
      guard let symbol = dlsym(nil, "malloc_trim") else { return }
      _ = unsafeBitCast(symbol, to: Trim.self)(0)
    #endif
  }
}

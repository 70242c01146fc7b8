import Foundation

/// The bytes of a JSON document, shared read-only by the threads decoding its list items.
struct FastJSONBytes: @unchecked Sendable {
  /// The first byte.
  let base: UnsafePointer<UInt8>
  /// How many bytes there are.
  let count: Int
}

/// Where one deferred list item lies.
struct FastJSONRange: Sendable {
  /// Offset of its opening bracket.
  var start: Int
  /// Offset after its closing bracket.
  var end: Int
  /// How many containers enclose it.
  var depth: Int
}

/// Decodes list items in chunks on several threads, each with a document of its own.
enum FastJSONParallelItems {
  /// Chunks per thread (small enough chunks even out uneven items).
  static let chunksPerThread = 8

  /// The items decoded with `body`, in order.
  ///
  /// - Throws: The first error of the first failing chunk.
  /// - Complexity: O(*n*) in the items' bytes, divided among `threads`.
  static func decode<T: Sendable>(
    _ ranges: [FastJSONRange], base: FastJSONBytes, threads: Int,
    pageRelease: FastJSONPageRelease?, body: @escaping @Sendable (any Decoder) throws -> T
  ) throws -> [T] {
    let chunkCount = min(ranges.count, max(1, threads) * chunksPerThread)
    let workers = min(max(1, threads), chunkCount)
    let results = FastJSONChunkResults<T>(count: chunkCount)
    // Each worker claims chunks in turn with one document, so its tape storage and interned
    // strings serve all its chunks.
    let work: @Sendable (Int) -> Void = { _ in
      let document = FastJSONDocument(
        base: base.base, count: base.count, shallow: false, threads: 1)
      while let chunk = results.claim() {
        let lower = ranges.count * chunk / chunkCount
        let upper = ranges.count * (chunk + 1) / chunkCount
        results.store(
          Result { try decodeChunk(ranges[lower..<upper], document: document, body: body) },
          at: chunk)
        if upper > lower {
          pageRelease?.release(from: ranges[lower].start, to: ranges[upper - 1].end)
        }
      }
    }
    // Helpers run on pool threads (`concurrentPerform` may keep all iterations on the calling
    // thread when the machine is busy); the calling thread works too.
    let helpers = DispatchGroup()
    for worker in 1..<workers {
      DispatchQueue.global(qos: .userInitiated).async(group: helpers) { work(worker) }
    }
    work(0)
    helpers.wait()
    return try results.joined()
  }

  private static func decodeChunk<T>(
    _ ranges: ArraySlice<FastJSONRange>, document: FastJSONDocument,
    body: (any Decoder) throws -> T
  ) throws -> [T] {
    var out: [T] = []
    out.reserveCapacity(ranges.count)
    document.forgetInternedStrings()
    for range in ranges {
      document.reset()
      let root = try document.scan(from: range.start, to: range.end, depth: range.depth)
      out.append(try body(FastJSONDecoding(document: document, current: root)))
    }
    try document.finish()
    return out
  }
}

/// Per-chunk results written by concurrent workers, each to its own slot, and the next chunk
/// to claim.
final class FastJSONChunkResults<T>: @unchecked Sendable {
  private let slots: UnsafeMutableBufferPointer<Result<[T], any Error>?>
  private let lock = NSLock()
  private var next = 0

  /// The next chunk nobody claimed yet, if any.
  func claim() -> Int? {
    lock.lock()
    defer { lock.unlock() }
    guard next < slots.count else { return nil }
    next += 1
    return next - 1
  }

  /// Room for `count` chunks.
  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    _ = slots.deinitialize()
    slots.deallocate()
  }

  /// Stores the result of chunk `index` (one writer per index).
  func store(_ result: Result<[T], any Error>, at index: Int) {
    slots[index] = result
  }

  /// All chunks' values in order, or the first chunk's error.
  func joined() throws -> [T] {
    var out: [T] = []
    for slot in slots {
      out += try slot!.get()
    }
    return out
  }
}

import Dispatch

/// Maps large arrays on all cores, in chunks, keeping the input order.
enum ParallelMap {
  /// Below this many elements the map runs on the calling thread.
  static let threshold = 512

  /// `items.map(transform)`, computed in parallel chunks for large inputs.
  ///
  /// - Complexity: O(*n*) calls of `transform`, spread over the available cores.
  static func map<T: Sendable, R: Sendable>(
    _ items: [T], _ transform: @Sendable (T) -> R
  ) -> [R] {
    guard items.count >= threshold else { return items.map(transform) }
    let chunks = min(64, items.count / (threshold / 2))
    let results = UnsafeMutableBufferPointer<[R]>.allocate(capacity: chunks)
    _ = results.initialize(from: repeatElement([], count: chunks))
    defer {
      _ = results.deinitialize()
      results.deallocate()
    }
    // Each chunk writes only its own slot, so the shared buffer is never raced on.
    nonisolated(unsafe) let slots = results
    DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
      let low = items.count * chunk / chunks
      let high = items.count * (chunk + 1) / chunks
      slots[chunk] = items[low..<high].map(transform)
    }
    return results.flatMap { $0 }
  }
}

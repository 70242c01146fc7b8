import Dispatch

/// `map` spread over the machine's cores in contiguous chunks, results in input order.
///
/// The analyses use it where work splits cleanly: workloads checked independently, panes
/// built independently, list items decoded independently.
public enum ParallelMap {
  /// `items.map(transform)`, computed in parallel chunks when there are at least
  /// `minimumChunk` × 2 items (smaller inputs run on the calling thread).
  ///
  /// - Complexity: O(*n*) calls of `transform`, spread over the available cores.
  public static func map<T: Sendable, R: Sendable>(
    _ items: [T], minimumChunk: Int = 256, _ transform: @Sendable (T) -> R
  ) -> [R] {
    let minimum = max(1, minimumChunk)
    guard items.count >= minimum * 2 else { return items.map(transform) }
    let chunks = min(64, items.count / minimum)
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

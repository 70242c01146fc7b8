import Foundation

/// Times the steps of a preparation and reports them to a progress callback.
struct PreparationClock: Sendable {
  /// Where events go (possibly from several threads at once).
  let report: @Sendable (PreparationEvent) -> Void

  /// Runs one step, reporting its start and its duration.
  func step<T>(_ step: PreparationStep, _ body: () throws -> T) rethrows -> T {
    report(.started(step))
    let clock = ContinuousClock()
    let start = clock.now
    let result = try body()
    report(.finished(step, elapsed: clock.now - start))
    return result
  }

  /// Runs two independent pieces of work at once (one per core) and returns both results.
  static func both<A: Sendable, B: Sendable>(
    _ first: @Sendable () -> A, _ second: @Sendable () -> B
  ) -> (A, B) {
    let results = PairBox<A, B>()
    DispatchQueue.concurrentPerform(iterations: 2) { index in
      if index == 0 { results.setFirst(first()) } else { results.setSecond(second()) }
    }
    return results.values
  }
}

/// Holds two results written from two threads (each slot written once, read after both).
private final class PairBox<A, B>: @unchecked Sendable {
  private let lock = NSLock()
  private var first: A?
  private var second: B?

  func setFirst(_ value: A) { lock.withLock { first = value } }
  func setSecond(_ value: B) { lock.withLock { second = value } }
  var values: (A, B) { lock.withLock { (first!, second!) } }
}

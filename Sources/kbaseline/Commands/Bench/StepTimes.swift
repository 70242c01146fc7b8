import Explorer
import Foundation

/// Collects each preparation step's duration (steps report from two threads).
final class StepTimes: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [String: Double] = [:]

  /// Records a finished step.
  func record(_ event: PreparationEvent) {
    guard case .finished(let step, let elapsed) = event else { return }
    lock.withLock { values[step.rawValue] = MeasureBenchCommand.seconds(elapsed) }
  }

  /// Times a step run here.
  func time<T>(_ step: PreparationStep, _ body: () -> T) -> T {
    let clock = ContinuousClock()
    let start = clock.now
    let result = body()
    record(.finished(step, elapsed: clock.now - start))
    return result
  }

  /// The durations so far, by step name.
  var seconds: [String: Double] { lock.withLock { values } }
}

/// The keypress-to-frame latencies of one scenario (reduce, render and present to the
/// in-memory terminal).
struct KeyLatency: Codable, Sendable {
  /// What was pressed, for example `scroll (Workloads)`.
  var scenario: String
  /// How many keypresses were timed.
  var samples: Int
  /// The median, in milliseconds.
  var medianMilliseconds: Double
  /// The 99th percentile, in milliseconds.
  var p99Milliseconds: Double
  /// The slowest, in milliseconds.
  var maxMilliseconds: Double

  /// Summarises samples given in seconds.
  init(scenario: String, seconds: [Double]) {
    let sorted = seconds.sorted()
    func at(_ fraction: Double) -> Double {
      guard !sorted.isEmpty else { return 0 }
      return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * fraction).rounded()))]
        * 1000
    }
    self.scenario = scenario
    samples = sorted.count
    medianMilliseconds = at(0.5)
    p99Milliseconds = at(0.99)
    maxMilliseconds = (sorted.last ?? 0) * 1000
  }
}

import Foundation

/// What one run of `kbaseline bench measure` found for one snapshot file, in seconds and
/// milliseconds; `bench scale` collects one per size into its table.
struct ScaleFigures: Codable, Sendable {
  /// The file's size in bytes.
  var bytes: Int
  /// Pods in the snapshot.
  var pods: Int
  /// Namespaces in the snapshot.
  var namespaces: Int
  /// Reading and decoding the file.
  var loadSeconds: Double
  /// Seconds per preparation step (``PreparationStep`` raw values), as measured on its thread.
  var stepSeconds: [String: Double]
  /// Wall-clock time from the start of loading to the first frame.
  var firstFrameSeconds: Double
  /// Peak resident set size of the process, in MiB.
  var peakRSSMiB: Double
  /// Resident set size right after loading (the decoded snapshot and the allocator's
  /// leftovers), in MiB.
  var loadedRSSMiB: Double
  /// Keypress-to-frame latencies per scenario.
  var keys: [KeyLatency]
}

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

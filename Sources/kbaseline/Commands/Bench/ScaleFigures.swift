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

import KubeModel

/// NetworkPolicy reachability of a snapshot.
///
/// The entry point for the CLI, the Network pane and Baseline. Build it once; each view is computed from the compiled
/// ``ReachabilityModel``.
public struct ReachabilityAnalysis: Sendable {
  /// The compiled snapshot.
  public let model: ReachabilityModel
  /// The snapshot analysed (policies and namespaces are needed by lints and explain).
  public let snapshot: Snapshot

  /// Compiles a snapshot under the given forks.
  ///
  /// - Complexity: see ``ReachabilityModel/init(snapshot:options:)``.
  public init(snapshot: Snapshot, options: ReachabilityOptions = ReachabilityOptions()) {
    self.snapshot = snapshot
    model = ReachabilityModel(snapshot: snapshot, options: options)
  }

  /// The assumptions in force, one line each (forks, excluded pods, heterogeneous peers).
  public var assumptions: [String] {
    var lines = model.options.assumptions
    if model.unscheduledCount > 0 {
      lines.append("\(model.unscheduledCount) unscheduled pods excluded")
    }
    return lines
  }
}

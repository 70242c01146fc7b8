import KubeModel

/// How the explorer captures the live cluster again (`r` in `--live` mode): a closure that
/// captures and returns the snapshot, reporting how many lists are finished so far.
///
/// The executable wires it to the cluster connection; tests pass a stub (no network).
public struct LiveCapture: Sendable {
  /// Captures the cluster; `progress` receives the number of finished lists.
  public let capture:
    @Sendable (_ progress: @escaping @Sendable (_ finishedLists: Int) -> Void) async throws
      -> Snapshot

  /// Creates a capture from a closure.
  public init(
    _ capture:
      @escaping @Sendable (_ progress: @escaping @Sendable (Int) -> Void) async throws
      -> Snapshot
  ) {
    self.capture = capture
  }
}

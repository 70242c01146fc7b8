import KubeModel

/// A check over the whole snapshot (namespaces, Secrets, cluster-wide evidence), run after
/// every workload has been assessed.
public protocol SnapshotCheck: Sendable {
  /// The rule the check reports.
  static var rule: Rule { get }

  /// Creates the check.
  init()

  /// The findings of the snapshot.
  func findings(in review: SnapshotReview) -> [Finding]
}

extension SnapshotCheck {
  /// The rule the check reports.
  public var rule: Rule { Self.rule }
}

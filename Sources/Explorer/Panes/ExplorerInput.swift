import KubeModel

/// Everything the panes show, computed before the terminal is taken: the snapshot, its
/// inventory and (as their engines land) each engine's results.
///
/// To add an engine's results: add a stored property here and compute it in ``init(snapshot:)``
/// (this is the one place analysis runs for the explorer), then read it in your pane's
/// initialiser.
public struct ExplorerInput: Sendable {
  /// The loaded snapshot.
  public let snapshot: Snapshot
  /// Its as-is inventory.
  public let inventory: Inventory

  /// Analyses a snapshot for the explorer.
  ///
  /// - Complexity: O(*n*) in the number of objects, plus each engine's cost.
  public init(snapshot: Snapshot) {
    self.snapshot = snapshot
    inventory = Inventory(snapshot)
  }
}

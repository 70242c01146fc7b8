import TerminalUI

/// The Network tab: NetworkPolicy reachability between workloads (the connection list).
///
/// Its engine has not landed yet, so the pane says so instead of showing anything invented.
/// Replace the body of `init(input:)` with view models built from the engine's results in
/// ExplorerInput (see `PANES.md`).
public struct NetworkPane: Pane {
  /// The tab.
  public let id = PaneID.network
  /// The first view.
  public let root: PaneView

  /// Builds the pane's view models.
  public init(input: ExplorerInput) {
    root = .notAnalysed(
      .network,
      explanation:
        "Network: not analysed yet. This pane will show NetworkPolicy reachability between workloads (the connection list). "
        + "The network policy engine has not been run on this snapshot.")
  }
}

import TerminalUI

/// The Workloads tab: workload hardening findings against the Pod Security Standards.
///
/// Its engine has not landed yet, so the pane says so instead of showing anything invented.
/// Replace the body of `init(input:)` with view models built from the engine's results in
/// ExplorerInput (see `PANES.md`).
public struct WorkloadsPane: Pane {
  /// The tab.
  public let id = PaneID.workloads
  /// The first view.
  public let root: PaneView

  /// Builds the pane's view models.
  public init(input: ExplorerInput) {
    root = .notAnalysed(
      .workloads,
      explanation:
        "Workloads: not analysed yet. This pane will show workload hardening findings against the Pod Security Standards. "
        + "The hardening engine has not been run on this snapshot.")
  }
}

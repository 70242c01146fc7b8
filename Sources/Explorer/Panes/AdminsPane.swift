import TerminalUI

/// The Admins tab: effective cluster-admins (subjects that can do everything, and how).
///
/// Its engine has not landed yet, so the pane says so instead of showing anything invented.
/// Replace the body of `init(input:)` with view models built from the engine's results in
/// ExplorerInput (see `PANES.md`).
public struct AdminsPane: Pane {
  /// The tab.
  public let id = PaneID.admins
  /// The first view.
  public let root: PaneView

  /// Builds the pane's view models.
  public init(input: ExplorerInput) {
    root = .notAnalysed(
      .admins,
      explanation:
        "Admins: not analysed yet. This pane will show effective cluster-admins (subjects that can do everything, and how). "
        + "The RBAC engine has not been run on this snapshot.")
  }
}

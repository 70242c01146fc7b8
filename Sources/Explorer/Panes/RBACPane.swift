import TerminalUI

/// The RBAC tab: who can do what: subjects, bindings, roles and rules, who-can queries.
///
/// Its engine has not landed yet, so the pane says so instead of showing anything invented.
/// Replace the body of `init(input:)` with view models built from the engine's results in
/// ExplorerInput (see `PANES.md`).
public struct RBACPane: Pane {
  /// The tab.
  public let id = PaneID.rbac
  /// The first view.
  public let root: PaneView

  /// Builds the pane's view models.
  public init(input: ExplorerInput) {
    root = .notAnalysed(
      .rbac,
      explanation:
        "RBAC: not analysed yet. This pane will show who can do what: subjects, bindings, roles and rules, who-can queries. "
        + "The RBAC engine has not been run on this snapshot.")
  }
}

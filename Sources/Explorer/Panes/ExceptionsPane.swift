import TerminalUI

/// The Exceptions tab: exceptions to findings (who accepted which risk, until when).
///
/// Its engine has not landed yet, so the pane says so instead of showing anything invented.
/// Replace the body of `init(input:)` with view models built from the engine's results in
/// ExplorerInput (see `PANES.md`).
public struct ExceptionsPane: Pane {
  /// The tab.
  public let id = PaneID.exceptions
  /// The first view.
  public let root: PaneView

  /// Builds the pane's view models.
  public init(input: ExplorerInput) {
    root = .notAnalysed(
      .exceptions,
      explanation:
        "Exceptions: not analysed yet. This pane will show exceptions to findings (who accepted which risk, until when). "
        + "The exceptions engine has not been run on this snapshot.")
  }
}

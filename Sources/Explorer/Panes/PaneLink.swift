/// A row that leads to another tab: enter on it switches to ``pane`` and opens ``row`` there,
/// as if it had been chosen in that tab's root view.
///
/// The target pane's ``Pane/drill(into:of:)`` receives ``row`` with its root view, so the row
/// need not be displayed there (for example `subject/user:jane` opens a subject the RBAC pane
/// does not list).
public struct PaneLink: Hashable, Sendable {
  /// The tab to switch to.
  public var pane: PaneID
  /// The row of the target pane's root view to open.
  public var row: String

  /// Creates a link.
  public init(pane: PaneID, row: String) {
    self.pane = pane
    self.row = row
  }
}

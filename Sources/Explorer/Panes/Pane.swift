import Baseline
import TerminalUI

/// One tab of the explorer: a provider of precomputed view models.
///
/// The contract (see `Sources/Explorer/PANES.md`):
/// - A pane is built once, before the terminal is taken, from ``ExplorerInput`` (which holds
///   the snapshot and every engine's results). All analysis happens there or in the pane's
///   initialiser; nothing is analysed on a key press or while rendering.
/// - ``root`` is the first view. ``drill(into:of:)`` returns the view that enter opens on a row
///   (the explorer pushes it on the navigation stack and shows it as a breadcrumb; esc pops it
///   and restores the previous view with its cursor). It must be a lookup or a small
///   projection of precomputed data.
/// - The explorer owns all interaction state (cursor, scroll, filter, sort, expansion), so a
///   pane is an immutable value and has no reducer of its own.
/// - A pane is registered in exactly one place: ``PaneRegistry/makePanes(_:)``.
public protocol Pane: Sendable {
  /// The tab this pane fills.
  var id: PaneID { get }

  /// The pane's headline for the Overview's domain list (for example `3 effective cluster-admins`);
  /// nil while its engine has not run (the Overview then says "not analysed yet").
  var headline: StyledLine? { get }

  /// The view shown when the tab is opened.
  var root: PaneView { get }

  /// The view opened by enter on the row (table row or tree node) `row` of `view`; nil when
  /// there is nothing behind it.
  func drill(into row: String, of view: PaneView) -> PaneView?

  /// Lines describing the selected row, shown in a side panel when the terminal is at least
  /// 120 columns wide; nil for no side panel.
  func preview(of row: String, in view: PaneView) -> [StyledLine]?

  /// The finding a row stands for, if any: `x` marks an exception on it.
  ///
  /// Must be a lookup into precomputed data (a dictionary keyed by row id).
  func finding(for row: String, in view: PaneView) -> BaselineFinding?

  /// Where enter on the row leads in another tab, when it does not drill here; `row` is nil
  /// for a text view (the link of the view itself). Must be a lookup.
  func link(for row: String?, in view: PaneView) -> PaneLink?

  /// The `:` commands this pane offers while its tab is active (listed in the help and in the
  /// command line's hint bar).
  var commands: [PaneCommand] { get }

  /// The view a command of ``commands`` opens with `argument` (the rest of the command line,
  /// possibly empty), or why it cannot.
  ///
  /// Must be a lookup into precomputed views, like ``drill(into:of:)``.
  func run(_ command: PaneCommand, argument: String) -> Result<PaneView, PaneCommandError>
}

extension Pane {
  /// No headline: the Overview shows "not analysed yet".
  public var headline: StyledLine? { nil }

  /// No drill-down.
  public func drill(into row: String, of view: PaneView) -> PaneView? { nil }

  /// No side panel.
  public func preview(of row: String, in view: PaneView) -> [StyledLine]? { nil }

  /// No finding by default.
  public func finding(for row: String, in view: PaneView) -> BaselineFinding? { nil }

  /// No links to other tabs.
  public func link(for row: String?, in view: PaneView) -> PaneLink? { nil }

  /// No pane commands.
  public var commands: [PaneCommand] { [] }

  /// No pane commands: every command fails.
  public func run(_ command: PaneCommand, argument: String) -> Result<PaneView, PaneCommandError> {
    .failure(PaneCommandError("this tab has no command :\(command.name)"))
  }
}

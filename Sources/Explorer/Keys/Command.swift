/// Something a key can do in normal mode.
///
/// The raw value is the name used in `keys.yaml`.
public enum Command: String, CaseIterable, Hashable, Sendable {
  /// Cursor up.
  case moveUp
  /// Cursor down.
  case moveDown
  /// Collapse a tree node / go to its parent; elsewhere go back.
  case moveLeft
  /// Expand a tree node; elsewhere open the row.
  case moveRight
  /// One page up.
  case pageUp
  /// One page down.
  case pageDown
  /// Half a page up.
  case halfPageUp
  /// Half a page down.
  case halfPageDown
  /// First row.
  case top
  /// Last row.
  case bottom
  /// Drill into the selected row.
  case open
  /// Close a prompt or overlay, or go back one breadcrumb.
  case back
  /// Next tab.
  case nextPane
  /// Previous tab.
  case previousPane
  /// Tab 1 (Overview).
  case pane1
  /// Tab 2 (Admins).
  case pane2
  /// Tab 3 (RBAC).
  case pane3
  /// Tab 4 (Network).
  case pane4
  /// Tab 5 (Workloads).
  case pane5
  /// Tab 6 (Exceptions).
  case pane6
  /// Start the incremental filter.
  case filter
  /// Next match of the filter.
  case nextMatch
  /// Previous match of the filter.
  case previousMatch
  /// Sort by the next column.
  case sortNext
  /// Reverse the sort.
  case sortReverse
  /// Open the `:` command line.
  case commandLine
  /// Show the help.
  case help
  /// Quit, asking first when there are unsaved changes.
  case quit
  /// Quit at once (ctrl-c always does this).
  case forceQuit
  /// Mark an exception on the selected finding (opens the exception form).
  case markException
  /// Hide or show rows of excepted findings in every table.
  case toggleExcepted
  /// Edit the selected exception (Exceptions tab).
  case editException
  /// Delete the selected exception, after confirmation (Exceptions tab).
  case deleteException
  /// RBAC: switch direction (subjects → rights ⇄ action → subjects).
  case switchDirection
  /// RBAC: draw the who-can-do-what graph of the selection.
  case graphView
  /// Fold or unfold a grid's grouped rows and columns (the Network heat map's system
  /// namespaces).
  case toggleFold
  /// Capture the cluster again (live mode only).
  case recapture

  /// The tab a `paneN` command jumps to.
  public var pane: PaneID? {
    switch self {
    case .pane1: .overview
    case .pane2: .admins
    case .pane3: .rbac
    case .pane4: .network
    case .pane5: .workloads
    case .pane6: .exceptions
    default: nil
    }
  }
}

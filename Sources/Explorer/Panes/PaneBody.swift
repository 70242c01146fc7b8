import TerminalUI

/// The focusable content of a ``PaneView``.
///
/// The explorer supplies cursor movement, paging, `/` filtering with `n`/`N`, `:ns` filtering
/// (tables), sorting (tables), expand/collapse (trees) and drill-down for every kind of body.
public enum PaneBody: Hashable, Sendable {
  /// A virtualised, sortable table. Row ids are what ``Pane/drill(into:of:)`` receives.
  case table(TableData, sort: TableSort? = nil)
  /// A tree, expanded `expandedDepth` levels at first. Node ids are what
  /// ``Pane/drill(into:of:)`` receives; enter on a node without drill-down toggles it.
  case tree([TreeNode], expandedDepth: Int = 1)
  /// A heat map: a grid of one-glyph cells with a cell cursor (`hjkl`; left of the first
  /// column selects the row header, above the first row the column header, both the corner). Cell ids are ``GridData/cellID(row:column:)``; a `fold`
  /// is shown first and the fold key (`z`) switches to the full grid and back. Below 120
  /// columns the selected cell's preview is drawn under the grid instead of beside it.
  case grid(GridData, fold: GridFold? = nil)
  /// Scrollable text, wrapped to the width (details, explanations).
  case text([StyledLine])
  /// The pane's engine has not produced results: the message says so (never fake data).
  case notAnalysed(String)
}

import TerminalUI

/// A pane and its navigation stack (root first); the breadcrumbs show the stack.
public struct PaneState: Sendable {
  /// The pane.
  public let pane: any Pane
  /// The stack of views, never empty.
  public var stack: [ViewState]

  /// Opens a pane at its root view (or at `root`, a variant of it), with the namespace filter
  /// and hidden row roles of the explorer.
  public init(
    pane: any Pane, root: PaneView? = nil, namespace: String?, hiding: Set<StyleRole> = []
  ) {
    self.pane = pane
    stack = [ViewState(view: root ?? pane.root, namespace: namespace, hiding: hiding)]
  }

  /// The view on top of the stack.
  public var top: ViewState {
    get { stack[stack.count - 1] }
    set { stack[stack.count - 1] = newValue }
  }
}

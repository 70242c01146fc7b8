/// A pane and its navigation stack (root first); the breadcrumbs show the stack.
public struct PaneState: Sendable {
  /// The pane.
  public let pane: any Pane
  /// The stack of views, never empty.
  public var stack: [ViewState]

  /// Opens a pane at its root view.
  public init(pane: any Pane, namespace: String?) {
    self.pane = pane
    stack = [ViewState(view: pane.root, namespace: namespace)]
  }

  /// The view on top of the stack.
  public var top: ViewState {
    get { stack[stack.count - 1] }
    set { stack[stack.count - 1] = newValue }
  }
}

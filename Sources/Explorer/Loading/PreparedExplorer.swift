/// What the explorer needs to start: the analysed input and its panes.
public struct PreparedExplorer: Sendable {
  /// The analysed snapshot.
  public let input: ExplorerInput
  /// The panes built from it, in tab order.
  public let panes: [any Pane]

  /// Pairs an input with its panes.
  public init(input: ExplorerInput, panes: [any Pane]) {
    self.input = input
    self.panes = panes
  }
}

import KubeModel

/// The one place where panes are registered, in tab order.
public enum PaneRegistry {
  /// Builds every pane from the analysed input.
  ///
  /// The Overview comes last in construction so it can list the other panes' headlines, but first
  /// in tab order.
  ///
  /// - Complexity: the sum of the panes' initialisers (view models are built here, once).
  public static func makePanes(_ input: ExplorerInput) -> [any Pane] {
    let factories: [@Sendable (ExplorerInput) -> any Pane] = [
      { AdminsPane(input: $0) },
      { RBACPane(input: $0) },
      { NetworkPane(input: $0) },
      { WorkloadsPane(input: $0) },
      { ExceptionsPane(input: $0) },
    ]
    let domains = ParallelMap.map(factories, minimumChunk: 1) { $0(input) }
    return [OverviewPane(input: input, domains: domains)] + domains
  }
}

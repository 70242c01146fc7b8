/// The one place where panes are registered, in tab order.
public enum PaneRegistry {
  /// Builds every pane from the analysed input.
  ///
  /// The Overview comes last in construction so it can list the other panes' headlines, but first
  /// in tab order.
  ///
  /// - Complexity: the sum of the panes' initialisers (view models are built here, once).
  public static func makePanes(_ input: ExplorerInput) -> [any Pane] {
    let domains: [any Pane] = [
      AdminsPane(input: input),
      RBACPane(input: input),
      NetworkPane(input: input),
      WorkloadsPane(input: input),
      ExceptionsPane(input: input),
    ]
    return [OverviewPane(input: input, domains: domains)] + domains
  }
}

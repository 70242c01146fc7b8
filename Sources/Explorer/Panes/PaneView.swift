import TerminalUI

/// One page of a pane, the unit of the navigation stack: a title (its breadcrumb), optional summary
/// lines drawn above the body, and the body.
///
/// A view is a precomputed view model: building one never runs an analysis.
public struct PaneView: Hashable, Sendable {
  /// A stable identity within the pane, for example `namespace/kube-system`.
  public var id: String
  /// The breadcrumb and frame title, for example `kube-system`.
  public var title: String
  /// Lines above the body (headline facts, warnings); wrapped to the width.
  public var summary: [StyledLine]
  /// The focusable content.
  public var body: PaneBody

  /// Creates a view.
  public init(id: String, title: String, summary: [StyledLine] = [], body: PaneBody) {
    self.id = id
    self.title = title
    self.summary = summary
    self.body = body
  }

  /// The root view of a pane whose engine has not produced results yet.
  public static func notAnalysed(_ pane: PaneID, explanation: String) -> PaneView {
    PaneView(id: "root", title: pane.title, body: .notAnalysed(explanation))
  }
}

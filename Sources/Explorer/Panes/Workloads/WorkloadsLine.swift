import TerminalUI

/// Labelled lines of the Workloads pane's summaries and previews: `Level     privileged`, values
/// aligned after a 10-column label and wrapped under it.
enum WorkloadsLine {
  /// The label column's width.
  static let labelWidth = 10

  /// A label and styled value spans.
  static func field(_ label: String, _ value: [Span]) -> StyledLine {
    StyledLine([Span(label.padded(toWidth: labelWidth), .title)] + value, hangingIndent: labelWidth)
  }

  /// A label and a plain value in `role`.
  static func field(_ label: String, _ value: String, _ role: StyleRole = .body) -> StyledLine {
    field(label, [Span(value, role)])
  }
}

import Baseline
import Hardening
import KubeModel
import TerminalUI

/// What enter opens on a workload: its findings from every engine (one row each, shared
/// presentation; enter on one shows the field path, current value, why it matters and how to
/// fix), under a summary of its level against its namespace's enforce label.
enum WorkloadDetailView {
  /// The detail view of a workload; `rows` are its findings' rows.
  ///
  /// - Complexity: O(*n*) in the workload's findings.
  static func make(
    _ summary: WorkloadSummary, id: String, namespace: NamespaceAssessment?, rows: [TableRow]
  ) -> PaneView {
    let key = summary.workload
    return PaneView(
      id: "workload/\(id)", title: "\(key.kind)/\(key.name)",
      summary: lines(summary, namespace: namespace),
      body: WorkloadsFindingIndex.table(
        rows,
        empty: "no findings: the workload meets restricted and passes every check"))
  }

  /// The side panel of a workload row: level, enforce label, open counts and its first
  /// findings.
  ///
  /// - Complexity: O(*n*) in the workload's findings.
  static func preview(_ summary: WorkloadSummary, namespace: NamespaceAssessment?)
    -> [StyledLine]
  {
    let key = summary.workload
    var out =
      [StyledLine("\(key.kind)/\(key.name)", .title), ""] + lines(summary, namespace: namespace)
    guard !summary.findings.isEmpty else { return out }
    out += ["", StyledLine("Findings", .title)]
    var order: [String] = []
    var byRule: [String: (first: BaselineFinding, count: Int)] = [:]
    for item in summary.findings {
      let rule = item.finding.rule
      if let seen = byRule[rule] {
        byRule[rule] = (seen.first, seen.count + 1)
      } else {
        order.append(rule)
        byRule[rule] = (item, 1)
      }
    }
    let shown = 20
    for rule in order.prefix(shown) {
      let (item, count) = byRule[rule]!
      let severity = item.finding.severity
      let role = item.status.counts ? FindingPresentation.role(of: severity) : .statusExcepted
      out.append(
        StyledLine(
          [
            Span(severity.rawValue.padded(toWidth: 9), role),
            Span(rule + (count > 1 ? " (\(count))" : "")),
          ], hangingIndent: 9))
    }
    if order.count > shown { out.append(StyledLine("+\(order.count - shown) more rules", .dim)) }
    out += ["", StyledLine("enter: each finding with its field path, value and fix", .dim)]
    return out
  }

  /// Namespace, level against the enforce label, open and excepted counts.
  static func lines(_ summary: WorkloadSummary, namespace: NamespaceAssessment?) -> [StyledLine] {
    let excepted = summary.findings.count { !$0.status.counts }
    var open = WorkloadsTable.openSpans(summary.openCountsBySeverity)
    if excepted > 0 { open.append(Span("; \(excepted) excepted", .statusExcepted)) }
    return [
      WorkloadsLine.field("Namespace", enforceSpans(summary, namespace: namespace)),
      WorkloadsLine.field(
        "Level",
        [
          Span(summary.level.rawValue, WorkloadsTable.role(of: summary.level)),
          Span(" (the strictest PSS level it meets)", .dim),
        ]),
      WorkloadsLine.field("Open", open),
    ]
  }

  /// `billing-prod enforces baseline: new pods of this workload will be rejected`.
  static func enforceSpans(_ summary: WorkloadSummary, namespace: NamespaceAssessment?) -> [Span] {
    let name = summary.workload.namespace
    guard let namespace, !namespace.isSynthesized else {
      return [Span(name), Span(" (not in the input: enforce label unknown)", .dim)]
    }
    guard let enforced = namespace.enforced else {
      let what = namespace.enforceLabelValue.map { "an invalid enforce label \"\($0)\"" }
      return [Span(name), Span(" has \(what ?? "no enforce label")", .warning)]
    }
    if summary.level < enforced {
      return [
        Span(name), Span(" enforces \(enforced.rawValue)"),
        Span(": new pods of this workload will be rejected", .severityHigh),
      ]
    }
    return [Span(name), Span(" enforces \(enforced.rawValue)")]
  }
}

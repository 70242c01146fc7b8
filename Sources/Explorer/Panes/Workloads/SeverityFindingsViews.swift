import Baseline
import KubeModel
import TerminalUI

/// The Workloads pane's findings by severity: a table of severities with counts (`:severity`)
/// and, per severity, the table of its findings (`:severity high`, or enter on a severity).
enum SeverityFindingsViews {
  /// The severities table's id.
  static let id = "severities"

  /// `sev/high`.
  static func rowID(_ severity: Severity) -> String { "sev/\(severity.rawValue)" }

  /// The severities table and each severity's findings view keyed by ``rowID(_:)``;
  /// `workloads` tells which workloads have open findings of each severity.
  ///
  /// - Complexity: O(*f* + *w*) in the pane's findings and the workloads.
  static func make(_ index: WorkloadsFindingIndex, workloads: [WorkloadSummary])
    -> (table: PaneView, members: [Severity: [Int]], affected: [Severity: Int])
  {
    var positions: [Severity: [Int]] = [:]
    for i in index.scope { positions[index.all[i].finding.severity, default: []].append(i) }
    var affected: [Severity: Int] = [:]
    for summary in workloads {
      for severity in summary.openCountsBySeverity.keys { affected[severity, default: 0] += 1 }
    }
    var rows: [TableRow] = []
    for severity in Severity.allCases.reversed() {
      let members = positions[severity] ?? []
      let open = members.count { index.all[$0].status.counts }
      let role = FindingPresentation.role(of: severity)
      let hit = affected[severity] ?? 0
      rows.append(
        TableRow(
          id: rowID(severity),
          cells: [
            TableCell(severity.rawValue, role: role), TableCell(open, role: open > 0 ? role : .dim),
            TableCell(members.count - open, role: .dim), TableCell(hit, role: hit > 0 ? nil : .dim),
          ]))
    }
    let table = PaneView(
      id: id, title: id,
      summary: [
        StyledLine("enter lists a severity's findings; :severity LEVEL opens one directly.", .dim)
      ],
      body: .table(
        TableData(
          columns: [
            TableColumn("SEVERITY"), TableColumn("OPEN", alignRight: true),
            TableColumn("EXCEPTED", alignRight: true), TableColumn("WORKLOADS", alignRight: true),
          ], rows: rows)))
    return (table, positions, affected)
  }

  /// The view of one severity's findings (`members`: their positions in the index; `affected`:
  /// workloads with open ones), built when opened.
  ///
  /// - Complexity: O(*k*) for the severity's *k* findings.
  static func view(
    _ severity: Severity, members: [Int], affected hit: Int, index: WorkloadsFindingIndex
  ) -> PaneView {
    let open = members.count { index.all[$0].status.counts }
    let role = FindingPresentation.role(of: severity)
    return PaneView(
      id: rowID(severity), title: "severity \(severity.rawValue)",
      summary: [
        StyledLine([
          Span("\(members.count) \(severity.rawValue)", role),
          Span(
            " finding\(members.count == 1 ? "" : "s"): \(open) open, "
              + "\(members.count - open) excepted; \(hit) workload\(hit == 1 ? "" : "s") "
              + "with open ones"),
        ])
      ],
      body: WorkloadsFindingIndex.table(
        members.map(index.row), empty: "no \(severity.rawValue) findings"))
  }

  /// The severity a `:severity` argument names (`crit`, `High`, `med` …).
  static func resolve(_ argument: String) -> Result<Severity, PaneCommandError> {
    let word = argument.lowercased()
    if let match = Severity.allCases.first(where: { $0.rawValue.hasPrefix(word) }) {
      return .success(match)
    }
    let names = Severity.allCases.reversed().map(\.rawValue).joined(separator: ", ")
    return .failure(PaneCommandError("no severity \"\(argument)\" (\(names))"))
  }
}

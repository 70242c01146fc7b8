import Baseline
import KubeModel
import TerminalUI

/// The Workloads pane's table of workloads: namespace, kind, name, the strictest Pod Security
/// level the workload meets, and its open findings per severity (numeric cells, so they sort).
enum WorkloadsTable {
  /// The severities with a count column, highest first.
  static let countedSeverities: [Severity] = [.critical, .high, .medium, .low]

  /// The columns.
  static let columns =
    [
      TableColumn("NAMESPACE", minWidth: 9), TableColumn("KIND"),
      TableColumn("NAME", flexible: true, minWidth: 10), TableColumn("LEVEL"),
    ]
    + countedSeverities.map { TableColumn(header($0), alignRight: true) }

  /// `CRIT`, `HIGH`, `MED`, `LOW`.
  static func header(_ severity: Severity) -> String {
    switch severity {
    case .critical: "CRIT"
    case .high: "HIGH"
    case .medium: "MED"
    case .low: "LOW"
    case .info: "INFO"
    }
  }

  /// `wl/3`: the workload at position 3 of the report's workloads.
  static func rowID(_ index: Int) -> String { "wl/\(index)" }

  /// The workload index a row id stands for (`wl/12` → 12).
  static func index(ofRow id: String) -> Int? {
    id.hasPrefix("wl/") ? Int(id.dropFirst(3)) : nil
  }

  /// The role of a level: privileged stands out, restricted reads as good.
  static func role(of level: PSSLevel) -> StyleRole {
    switch level {
    case .privileged: .severityHigh
    case .baseline: .body
    case .restricted: .verdictAllow
    }
  }

  /// A workload's row.
  static func row(_ summary: WorkloadSummary, id: String) -> TableRow {
    let counts = summary.openCountsBySeverity
    let key = summary.workload
    return TableRow(
      id: id,
      cells: [
        TableCell(key.namespace), TableCell(key.kind), TableCell(key.name),
        TableCell(summary.level.rawValue, role: role(of: summary.level)),
      ] + countedSeverities.map { count(counts[$0] ?? 0, $0) },
      namespace: key.namespace)
  }

  /// A count cell: coloured by severity when non-zero.
  static func count(_ n: Int, _ severity: Severity) -> TableCell {
    TableCell(n, role: n > 0 ? FindingPresentation.role(of: severity) : .dim)
  }

  /// Worst first: most critical, then high, medium and low open findings, then the weakest
  /// level, then namespace, kind and name.
  ///
  /// - Complexity: O(*w* log *w*) plus the findings of every workload.
  static func worstFirst(_ summaries: [WorkloadSummary]) -> [Int] {
    let keys = summaries.map { summary in
      let counts = summary.openCountsBySeverity
      return countedSeverities.map { -(counts[$0] ?? 0) }
    }
    return summaries.indices.sorted { a, b in
      if keys[a] != keys[b] { return keys[a].lexicographicallyPrecedes(keys[b]) }
      let x = summaries[a]
      let y = summaries[b]
      if x.level != y.level { return x.level < y.level }
      return (x.workload.namespace, x.workload.kind, x.workload.name)
        < (y.workload.namespace, y.workload.kind, y.workload.name)
    }
  }

  /// How many workloads meet each level.
  static func levels(_ summaries: [WorkloadSummary]) -> [PSSLevel: Int] {
    summaries.reduce(into: [:]) { $0[$1.level, default: 0] += 1 }
  }

  /// `9 privileged, 31 baseline, 12 restricted`, privileged highlighted when there are any.
  static func levelSpans(_ levels: [PSSLevel: Int]) -> [Span] {
    let p = levels[.privileged] ?? 0
    return [
      Span("\(p) privileged", p > 0 ? .severityHigh : .body),
      Span(", \(levels[.baseline] ?? 0) baseline, "),
      Span("\(levels[.restricted] ?? 0) restricted", .verdictAllow),
    ]
  }

  /// The Overview's line, short enough for 80 columns: `52 workloads, 12 privileged-level; 50
  /// critical/high findings open`.
  static func headline(_ summaries: [WorkloadSummary], open: [Severity: Int]) -> StyledLine {
    let urgent = (open[.critical] ?? 0) + (open[.high] ?? 0)
    let role: StyleRole =
      (open[.critical] ?? 0) > 0 ? .severityCritical : urgent > 0 ? .severityHigh : .verdictAllow
    let privileged = levels(summaries)[.privileged] ?? 0
    return StyledLine([
      Span("\(summaries.count) workloads, "),
      Span("\(privileged) privileged-level", privileged > 0 ? .severityHigh : .body),
      Span("; "), Span("\(urgent) critical/high findings open", role),
    ])
  }

  /// `Open      4 critical, 12 high, 30 medium, 41 low, 2 info`, coloured per severity.
  static func openSpans(_ open: [Severity: Int]) -> [Span] {
    let present = Severity.allCases.reversed().filter { (open[$0] ?? 0) > 0 }
    guard !present.isEmpty else { return [Span("no open findings", .verdictAllow)] }
    return present.enumerated().map { i, severity in
      Span(
        "\(open[severity]!) \(severity.rawValue)" + (i == present.count - 1 ? "" : ", "),
        FindingPresentation.role(of: severity))
    }
  }

  /// Open findings per severity.
  static func openCounts(_ findings: some Sequence<BaselineFinding>) -> [Severity: Int] {
    findings.reduce(into: [:]) { counts, finding in
      if finding.status.counts { counts[finding.finding.severity, default: 0] += 1 }
    }
  }
}

import Baseline
import KubeModel

/// The plain-text table of `kbaseline findings`.
enum FindingsText {
  /// Renders findings as aligned columns with a summary line.
  static func render(_ report: BaselineReport) -> String {
    let rows = report.findings.map { item -> [String] in
      let f = item.finding
      let pss = f.pss.map { "\($0.level.rawValue)" } ?? "-"
      return [f.severity.rawValue, f.rule, pss, f.target.description, status(item), f.message]
    }
    let header = ["SEVERITY", "RULE", "PSS", "TARGET", "STATUS", "MESSAGE"]
    var widths = header.map(\.count)
    for row in rows {
      for (i, cell) in row.enumerated().dropLast() { widths[i] = max(widths[i], cell.count) }
    }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { i, cell in
        i == cells.count - 1
          ? cell : cell + String(repeating: " ", count: widths[i] - cell.count + 2)
      }.joined()
    }
    var lines = [line(header)] + rows.map(line)
    let counts = Dictionary(grouping: report.findings, by: \.finding.severity)
    let summary = Severity.allCases.reversed().map { "\(counts[$0]?.count ?? 0) \($0.rawValue)" }
    lines.append("")
    let excepted = report.findings.filter { $0.status == .excepted }.count
    let expired = report.findings.filter { $0.status == .expired }.count
    let statuses = excepted + expired == 0 ? "" : "; \(excepted) excepted, \(expired) expired"
    lines.append(
      "\(report.findings.count) findings (\(summary.joined(separator: ", "))) in "
        + "\(report.workloads.count) workloads\(statuses)")
    return lines.joined(separator: "\n") + "\n"
  }

  /// `open`, `excepted EXC-0007` or `expired EXC-0003`.
  static func status(_ item: BaselineFinding) -> String {
    item.exception.map { "\(item.status.rawValue) \($0)" } ?? item.status.rawValue
  }
}

import Baseline
import KubeModel
import TerminalUI

/// How every pane shows findings: one table row per finding and one detail view, so the
/// Admins, RBAC, Network and Workloads panes present findings (and their exception status)
/// the same way.
///
/// Excepted findings keep their row, styled `statusExcepted` with their exception id as a badge
/// (the explorer's hide-excepted toggle filters rows with that role); expired exceptions are
/// styled `statusExpired`.
public enum FindingPresentation {
  /// The columns of ``row(_:id:)``.
  public static let columns = [
    TableColumn("SEVERITY"), TableColumn("RULE"), TableColumn("TARGET", flexible: true),
    TableColumn("MESSAGE", flexible: true), TableColumn("STATUS"),
  ]

  /// The role that colours a severity.
  public static func role(of severity: Severity) -> StyleRole {
    switch severity {
    case .critical: .severityCritical
    case .high: .severityHigh
    case .medium: .severityMedium
    case .low: .severityLow
    case .info: .severityInfo
    }
  }

  /// The row role for a finding's status: excepted and expired findings stand out.
  public static func rowRole(of finding: BaselineFinding) -> StyleRole {
    switch finding.status {
    case .open: .body
    case .excepted: .statusExcepted
    case .expired: .statusExpired
    }
  }

  /// The status badge: `open`, `excepted EXC-0007` or `expired EXC-0007`.
  public static func badge(of finding: BaselineFinding) -> String {
    guard let id = finding.exception else { return finding.status.rawValue }
    return "\(finding.status.rawValue) \(id)"
  }

  /// A table row for a finding.
  public static func row(_ finding: BaselineFinding, id: String) -> TableRow {
    let f = finding.finding
    return TableRow(
      id: id,
      cells: [
        TableCell(f.severity.rawValue, role: role(of: f.severity)), TableCell(f.rule),
        TableCell(f.target.description), TableCell(f.message), TableCell(badge(of: finding)),
      ], role: rowRole(of: finding),
      namespace: f.target.namespace.isEmpty ? nil : f.target.namespace)
  }

  /// The detail view of a finding: what, where, the current value, why it matters, how to fix.
  public static func detail(_ finding: BaselineFinding, rule: Rule?, id: String) -> PaneView {
    let f = finding.finding
    var lines: [StyledLine] = [
      field("Rule", "\(f.rule)\(rule.map { " - \($0.title)" } ?? "")"),
      StyledLine(
        [Span("Severity  ", .dim), Span(f.severity.rawValue, role(of: f.severity))],
        hangingIndent: 10),
      field("Target", f.target.description),
      field("Finding", f.message),
    ]
    if let path = f.fieldPath { lines.append(field("Field", path)) }
    if let value = f.value { lines.append(field("Value", value)) }
    if let pss = f.pss { lines.append(field("PSS", "\(pss.level.rawValue): \(pss.control)")) }
    lines.append(
      StyledLine(
        [Span("Status    ", .dim), Span(badge(of: finding), rowRole(of: finding))],
        hangingIndent: 10))
    if let rule {
      lines += ["", StyledLine("Why it matters", .title), StyledLine(rule.rationale)]
      lines += ["", StyledLine("How to fix", .title), StyledLine(rule.remediation)]
      if !rule.references.isEmpty {
        lines +=
          ["", StyledLine("References", .title)] + rule.references.map { StyledLine("- \($0)") }
      }
    }
    return PaneView(id: id, title: "\(f.rule) \(f.target.name)", body: .text(lines))
  }

  private static func field(_ label: String, _ value: String) -> StyledLine {
    let padded = label.padding(toLength: 10, withPad: " ", startingAt: 0)
    return StyledLine([Span(padded, .dim), Span(value)], hangingIndent: 10)
  }
}

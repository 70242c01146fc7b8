import Baseline
import Foundation
import TerminalUI

/// How exceptions are shown.
///
/// The table row of an exception, its detail lines, its status in
/// words and colours. Used by ``ExceptionsPane`` and the exception form.
enum ExceptionsPresentation {
  /// The columns of ``row(_:)``.
  ///
  /// The note says why an exception is invalid, or that it is broad (a name pattern).
  static let columns = [
    TableColumn("ID"), TableColumn("STATUS"), TableColumn("LEFT", alignRight: true),
    TableColumn("EXPIRES"), TableColumn("RULE", flexible: true),
    TableColumn("TARGET", flexible: true), TableColumn("OWNER", flexible: true),
    TableColumn("NOTE", flexible: true),
  ]

  /// The row id of an exception.
  static func rowID(_ id: String) -> String { "exc/\(id)" }

  /// The colour of a status.
  static func role(of status: ExceptionStatus) -> StyleRole {
    switch status {
    case .active: .body
    case .expiring: .warning
    case .expired: .statusExpired
    case .stale: .dim
    case .invalid: .error
    }
  }

  /// The table row of an audited exception.
  static func row(_ audit: ExceptionEvaluation.Audit) -> TableRow {
    let entry = audit.entry
    let role = role(of: audit.status)
    return TableRow(
      id: rowID(entry.id),
      cells: [
        TableCell(entry.id), TableCell(audit.status.rawValue, role: role),
        audit.daysLeft.map { TableCell($0) } ?? TableCell("-"), TableCell(entry.expires),
        TableCell(entry.rule), TableCell(target(entry.target)), TableCell(entry.owner),
        note(audit),
      ], role: role,
      namespace: entry.target.namespace.isEmpty ? nil : entry.target.namespace)
  }

  /// Why the exception is invalid, else whether it is broad.
  private static func note(_ audit: ExceptionEvaluation.Audit) -> TableCell {
    if let problem = audit.problem { return TableCell(problem, role: .error) }
    if audit.isBroad {
      return TableCell("broad: \(audit.entry.target.match.rawValue)", role: .warning)
    }
    return TableCell("")
  }

  /// `Kind/namespace/name[container]`, with the name pattern's kind when it is one.
  static func target(_ target: ExceptionTarget) -> String {
    let base =
      target.namespace.isEmpty
      ? "\(target.kind)/\(target.name)" : "\(target.kind)/\(target.namespace)/\(target.name)"
    let full = target.container.map { "\(base)[\($0)]" } ?? base
    return target.isBroad ? "\(full) (\(target.match.rawValue))" : full
  }

  /// `path: equals X`, `oneOf [A, B]`, `subsetOf [A, B]`.
  static func binding(_ binding: ValueBinding) -> String {
    let constraint: String
    switch binding.constraint {
    case .equals(let value): constraint = "equals \(value)"
    case .oneOf(let values): constraint = "one of [\(values.joined(separator: ", "))]"
    case .subsetOf(let values): constraint = "subset of [\(values.joined(separator: ", "))]"
    }
    return binding.path.map { "\($0): \(constraint)" } ?? constraint
  }

  /// The status in words: `active, 45 days left`, `expired 3 days ago`, `invalid: …`.
  static func statusText(_ audit: ExceptionEvaluation.Audit) -> String {
    if audit.status == .invalid { return "invalid: \(audit.problem ?? "cannot be applied")" }
    guard let days = audit.daysLeft else { return audit.status.rawValue }
    let when =
      days < 0
      ? "expired \(-days) day\(-days == 1 ? "" : "s") ago"
      : "\(days) day\(days == 1 ? "" : "s") left"
    switch audit.status {
    case .expired: return when
    case .stale: return "stale: matches no finding in this snapshot (\(when))"
    default: return "\(audit.status.rawValue), \(when)"
    }
  }

  /// Every field of the entry, the justification wrapped, and the findings it covers.
  ///
  /// - Complexity: O(*f*) in the findings it covers.
  static func detail(_ audit: ExceptionEvaluation.Audit, report: BaselineReport) -> [StyledLine] {
    let entry = audit.entry
    var lines: [StyledLine] = [
      StyledLine(
        [Span("Status    ", .dim), Span(statusText(audit), role(of: audit.status))],
        hangingIndent: 10)
    ]
    let title = report.catalogue.rule(id: entry.rule).map { " - \($0.title)" } ?? ""
    lines.append(field("Rule", entry.rule + title))
    lines.append(field("Target", target(entry.target)))
    if audit.isBroad {
      lines.append(
        StyledLine(
          [
            Span("Match     ", .dim),
            Span("\(entry.target.match.rawValue): broad, covers every matching name", .warning),
          ], hangingIndent: 10))
    }
    if let value = entry.value { lines.append(field("Value", binding(value))) }
    lines.append(field("Owner", entry.owner))
    let optionals: [(String, String?)] = [
      ("Requested", entry.requestedBy), ("Approved", entry.approvedBy), ("Ticket", entry.ticket),
      ("Created", entry.created),
    ]
    for case (let label, let value?) in optionals { lines.append(field(label, value)) }
    lines.append(field("Expires", entry.expires))
    if !entry.unknownFields.isEmpty {
      lines.append(
        field(
          "Other", entry.unknownFields.map(\.key).joined(separator: ", ") + " (kept as written)"))
    }
    lines += ["", StyledLine("Justification", .title)]
    lines += paragraphs(entry.justification).map { StyledLine($0) }
    lines += ["", StyledLine("Findings covered (\(audit.findings.count))", .title)]
    if audit.findings.isEmpty {
      lines.append(StyledLine("none in this snapshot (fixed, renamed, or never matched)", .dim))
    }
    for index in audit.findings where report.findings.indices.contains(index) {
      lines.append(covered(report.findings[index]))
    }
    lines += ["", StyledLine("e edits this exception, d deletes it, esc goes back", .dim)]
    return lines
  }

  /// Text as paragraphs to wrap: lines broken by hand (as YAML block scalars often are) are
  /// joined; blank lines and list items (`- `, `* `) start a new paragraph.
  static func paragraphs(_ text: String) -> [String] {
    var result: [String] = []
    var current: String?
    for raw in text.trimmingCharacters(in: .whitespacesAndNewlines).split(
      separator: "\n", omittingEmptySubsequences: false)
    {
      let line = raw.trimmingCharacters(in: .whitespaces)
      if line.isEmpty {
        if let done = current { result += [done, ""] }
        current = nil
      } else if let text = current, !line.hasPrefix("- "), !line.hasPrefix("* ") {
        current = text + " " + line
      } else {
        if let done = current { result.append(done) }
        current = line
      }
    }
    if let done = current { result.append(done) }
    return result
  }

  /// One covered finding: severity, target, message and status badge.
  private static func covered(_ finding: BaselineFinding) -> StyledLine {
    let f = finding.finding
    return StyledLine(
      [
        Span(f.severity.rawValue.padded(toWidth: 10), FindingPresentation.role(of: f.severity)),
        Span("\(f.target.description): \(f.message)  "),
        Span(FindingPresentation.badge(of: finding), FindingPresentation.rowRole(of: finding)),
      ], hangingIndent: 10)
  }

  private static func field(_ label: String, _ value: String) -> StyledLine {
    StyledLine([Span(label.padded(toWidth: 10), .dim), Span(value)], hangingIndent: 10)
  }
}

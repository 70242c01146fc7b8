import KubeModel

/// The audit report as GitHub-flavoured Markdown; every value from the snapshot or the
/// exceptions file is escaped.
public enum AuditMarkdown {
  private typealias W = AuditWording
  private static let e = MarkdownText.escape
  private static let code = MarkdownText.code

  /// Renders the report.
  ///
  /// - Parameter tool: the generator's name and version, e.g. `kbaseline 0.1.0`.
  /// - Complexity: O(size of the output).
  public static func render(_ report: AuditReport, tool: String) -> String {
    var out: [String] = ["# " + e(W.title(report.provenance)), ""]
    out += table(["", ""], W.provenanceRows(report, tool: tool).map { ["**\($0.0)**", e($0.1)] })
    out += ["", "**Capture gaps:** " + W.gaps(report.provenance, escape: e), ""]
    out += summary(report)
    for (number, section) in report.sections.enumerated() {
      out += domain(section, number: number + 1)
    }
    out += attention(report)
    return out.joined(separator: "\n") + "\n"
  }

  private static func summary(_ report: AuditReport) -> [String] {
    let header = W.summaryHeader
    var rows = report.sections.map { s in
      [e(s.domain.title)] + W.severities.map { String(W.counting(s.counts, $0)) }
        + [String(s.counts.count(.excepted)), String(s.counts.count(.expired))]
    }
    rows.append(
      ["**Total**"] + W.severities.map { "**\(W.counting(report.totals, $0))**" }
        + ["**\(report.totals.count(.excepted))**", "**\(report.totals.count(.expired))**"])
    return [
      "## Summary", "",
      "Findings that count (open, or covered only by an expired exception) per severity; "
        + "excepted findings are documented deviations.", "",
    ] + table(header, rows) + [""]
  }

  private static func domain(_ s: AuditDomainSection, number: Int) -> [String] {
    var out = [
      "## \(number). \(e(s.domain.title))", "", "### Baseline statement", "", e(s.statement), "",
    ]
    out += ["### Controls checked", ""]
    out += table(
      ["Control", "Title", "Severity", "Result"],
      s.controls.map {
        [code($0.rule.id), e($0.rule.title), $0.rule.severity.rawValue, e(W.result($0.counts))]
      })
    out += ["", "### Current state", ""]
    out += table(["Figure", "Value"], s.figures.map { [e($0.label), e($0.value)] })
    out += [""]
    out += table(
      ["Status"] + W.severities.map { $0.rawValue.capitalized } + ["Total"],
      FindingStatus.allCases.map { status in
        [status.rawValue] + W.severities.map { String(s.counts.count(status, $0)) }
          + [String(s.counts.count(status))]
      })
    out += ["", "#### Findings to fix (critical and high)", ""]
    if s.findingsToFix.isEmpty {
      out += ["None.", ""]
    } else {
      out += table(
        ["Severity", "Control", "Target", "Finding"],
        s.findingsToFix.map { item in
          let expired = item.status == .expired ? " **(expired \(e(item.exception ?? "")))**" : ""
          return [
            item.finding.severity.rawValue, code(item.finding.rule),
            code(item.finding.target.description),
            e(item.finding.message) + expired,
          ]
        })
      out += [""]
    }
    out += ["### Deviations", ""]
    if s.deviations.isEmpty { out += ["No documented deviation in this domain.", ""] }
    for deviation in s.deviations { out += self.deviation(deviation) }
    return out
  }

  private static func deviation(_ d: AuditDeviation) -> [String] {
    var out = [
      "#### \(e(d.entry.id)): \(code(d.entry.rule)) on "
        + code(ExceptionAuditText.target(d.entry.target)), "",
    ]
    out += table(["", ""], W.entryRows(d.audit).map { ["**\($0.0)**", e($0.1)] })
    out += ["", "**Justification**", "", MarkdownText.quote(d.entry.justification), ""]
    out += ["**Covers \(ExceptionAuditText.findings(d.findings.count))**", ""]
    out += d.findings.map {
      "- \($0.finding.severity.rawValue) \(code($0.finding.target.description)): "
        + e($0.finding.message)
    }
    return out + [""]
  }

  private static func attention(_ report: AuditReport) -> [String] {
    var out = ["## Exceptions needing attention", ""]
    for group in W.attention {
      let audits = report.exceptions(group.statuses)
      out += ["### \(group.title) (\(audits.count))", "", group.note, ""]
      guard !audits.isEmpty else { continue }
      out += table(
        ["Exception", "Control", "Target", "Status", "Owner", "Ticket", "Findings", "Note"],
        audits.map { a in
          [
            e(a.entry.id), code(a.entry.rule), e(ExceptionAuditText.target(a.entry.target)),
            e(W.status(a)), e(a.entry.owner), e(a.entry.ticket ?? "—"), String(a.findings.count),
            e(a.problem ?? a.entry.justification),
          ]
        })
      out += [""]
    }
    let broad = report.broadExceptions
    out += ["### Broad exceptions (\(broad.count))", ""]
    out += [
      "Name patterns (`match: prefix` or `match: glob`) cover whatever matches now and later; "
        + "prefer exact names.", "",
    ]
    out += broad.map { "- " + e(ExceptionAuditText.note($0) ?? $0.entry.id) }
    return out + (broad.isEmpty ? [] : [""])
  }

  private static func table(_ header: [String], _ rows: [[String]]) -> [String] {
    [MarkdownText.row(header), MarkdownText.row(header.map { _ in "---" })]
      + rows.map(MarkdownText.row)
  }
}

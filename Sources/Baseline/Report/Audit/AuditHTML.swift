import KubeModel

/// The audit report as one self-contained HTML file.
///
/// Inline CSS, no scripts or external assets, laid out for printing (a page per domain, tables
/// that wrap instead of overflowing). Every value from the snapshot or the exceptions file is escaped.
public enum AuditHTML {
  private typealias W = AuditWording
  private static let e = HTMLText.escape

  /// Renders the report.
  ///
  /// - Parameter tool: the generator's name and version, e.g. `kbaseline 0.1.0`.
  /// - Complexity: O(size of the output).
  public static func render(_ report: AuditReport, tool: String) -> String {
    let title = e(W.title(report.provenance))
    var body: [String] = ["<header>", "<h1>\(title)</h1>"]
    body.append(
      table([], W.provenanceRows(report, tool: tool).map { [e($0.0), e($0.1)] }, rowHeaders: true))
    body.append(
      "<p><strong>Capture gaps:</strong> " + W.gaps(report.provenance, escape: e) + "</p>")
    body.append("</header>")
    body += summary(report)
    for (number, section) in report.sections.enumerated() {
      body += domain(section, number: number + 1)
    }
    body += attention(report)
    return """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="\(e(tool))">
      <title>\(title)</title>
      <style>
      \(style)
      </style>
      </head>
      <body>
      \(body.joined(separator: "\n"))
      </body>
      </html>

      """
  }

  private static func summary(_ report: AuditReport) -> [String] {
    let header = W.summaryHeader
    var rows = report.sections.map { s in
      [e(s.domain.title)] + W.severities.map { count(W.counting(s.counts, $0), $0) }
        + [String(s.counts.count(.excepted)), String(s.counts.count(.expired))]
    }
    rows.append(
      ["Total"] + W.severities.map { count(W.counting(report.totals, $0), $0) }
        + [String(report.totals.count(.excepted)), String(report.totals.count(.expired))])
    return [
      "<section class=\"summary\">", "<h2>Summary</h2>",
      "<p>Findings that count (open, or covered only by an expired exception) per severity; "
        + "excepted findings are documented deviations.</p>",
      table(header, rows, numeric: true, totalRow: true), "</section>",
    ]
  }

  private static func count(_ n: Int, _ severity: Severity) -> String {
    n == 0 ? "0" : "<span class=\"sev sev-\(severity.rawValue)\">\(n)</span>"
  }

  private static func domain(_ s: AuditDomainSection, number: Int) -> [String] {
    var out = [
      "<section class=\"domain\" id=\"domain-\(s.domain.rawValue)\">",
      "<h2>\(number). \(e(s.domain.title))</h2>", "<h3>Baseline statement</h3>",
      "<p class=\"statement\">\(e(s.statement))</p>", "<h3>Controls checked</h3>",
      table(
        ["Control", "Title", "Severity", "Result"],
        s.controls.map {
          [
            "<code>\(e($0.rule.id))</code>", e($0.rule.title), severity($0.rule.severity),
            e(W.result($0.counts)),
          ]
        }, widths: [28, 40, 10, 22]),
      "<h3>Current state</h3>",
      table(["Figure", "Value"], s.figures.map { [e($0.label), e($0.value)] }, widths: [75, 25]),
      table(
        ["Status"] + W.severities.map { $0.rawValue.capitalized } + ["Total"],
        FindingStatus.allCases.map { status in
          [status.rawValue] + W.severities.map { String(s.counts.count(status, $0)) }
            + [String(s.counts.count(status))]
        }, numeric: true),
      "<h4>Findings to fix (critical and high)</h4>",
    ]
    if s.findingsToFix.isEmpty {
      out.append("<p>None.</p>")
    } else {
      out.append(
        table(
          ["Severity", "Control", "Target", "Finding"],
          s.findingsToFix.map { item in
            let expired =
              item.status == .expired
              ? " <span class=\"badge expired\">expired \(e(item.exception ?? ""))</span>" : ""
            return [
              severity(item.finding.severity), "<code>\(e(item.finding.rule))</code>",
              "<code>\(e(item.finding.target.description))</code>",
              e(item.finding.message) + expired,
            ]
          }, widths: [10, 22, 28, 40]))
    }
    out.append("<h3>Deviations</h3>")
    if s.deviations.isEmpty { out.append("<p>No documented deviation in this domain.</p>") }
    out += s.deviations.map(deviation)
    out.append("</section>")
    return out
  }

  private static func deviation(_ d: AuditDeviation) -> String {
    let status = d.audit.status == .expiring ? "expiring" : "active"
    let target = e(ExceptionAuditText.target(d.entry.target))
    let broad = d.audit.isBroad ? " <span class=\"badge broad\">broad</span>" : ""
    let findings = d.findings.map {
      "<li>\(severity($0.finding.severity)) <code>\(e($0.finding.target.description))</code>: "
        + "\(e($0.finding.message))</li>"
    }.joined()
    return """
      <article class="deviation \(status)">
      <h4>\(e(d.entry.id)): <code>\(e(d.entry.rule))</code> on <code>\(target)</code>\(broad)</h4>
      \(table([], W.entryRows(d.audit).map { [e($0.0), e($0.1)] }, rowHeaders: true))
      <h5>Justification</h5>
      <blockquote>\(HTMLText.paragraphs(d.entry.justification))</blockquote>
      <h5>Covers \(ExceptionAuditText.findings(d.findings.count))</h5>
      <ul>\(findings)</ul>
      </article>
      """
  }

  private static func attention(_ report: AuditReport) -> [String] {
    var out = ["<section class=\"attention\">", "<h2>Exceptions needing attention</h2>"]
    for group in W.attention {
      let audits = report.exceptions(group.statuses)
      out.append("<h3>\(e(group.title)) (\(audits.count))</h3>")
      out.append("<p>\(codeSpans(e(group.note)))</p>")
      guard !audits.isEmpty else { continue }
      out.append(
        table(
          ["Exception", "Control", "Target", "Status", "Owner", "Ticket", "Findings", "Note"],
          audits.map { a in
            [
              e(a.entry.id), "<code>\(e(a.entry.rule))</code>",
              "<code>\(e(ExceptionAuditText.target(a.entry.target)))</code>", e(W.status(a)),
              e(a.entry.owner), e(a.entry.ticket ?? "—"), String(a.findings.count),
              a.problem.map(e) ?? HTMLText.paragraphs(a.entry.justification),
            ]
          }, widths: [10, 15, 17, 12, 12, 9, 7, 18]))
    }
    let broad = report.broadExceptions
    out.append("<h3>Broad exceptions (\(broad.count))</h3>")
    out.append(
      "<p>Name patterns (<code>match: prefix</code> or <code>match: glob</code>) cover whatever "
        + "matches now and later; prefer exact names.</p>")
    if !broad.isEmpty {
      out.append(
        "<ul>" + broad.map { "<li>\(e(ExceptionAuditText.note($0) ?? $0.entry.id))</li>" }.joined()
          + "</ul>")
    }
    out.append("</section>")
    return out
  }

  /// Turns the `code` spans of an escaped, trusted note into `<code>` elements.
  private static func codeSpans(_ escaped: String) -> String {
    escaped.split(separator: "`", omittingEmptySubsequences: false).enumerated().map {
      $0.offset % 2 == 1 ? "<code>\($0.element)</code>" : String($0.element)
    }.joined()
  }

  private static func severity(_ severity: Severity) -> String {
    "<span class=\"sev sev-\(severity.rawValue)\">\(severity.rawValue)</span>"
  }

  /// A table of already escaped cells; `rowHeaders` makes the first cell of each row a `th`.
  private static func table(
    _ header: [String], _ rows: [[String]], rowHeaders: Bool = false, numeric: Bool = false,
    totalRow: Bool = false, widths: [Int] = []
  ) -> String {
    var html = ["<table\(numeric ? " class=\"numeric\"" : rowHeaders ? " class=\"facts\"" : "")>"]
    if !widths.isEmpty {
      html.append(
        "<colgroup>" + widths.map { "<col style=\"width:\($0)%\">" }.joined() + "</colgroup>")
    }
    if !header.isEmpty {
      html.append("<thead><tr>" + header.map { "<th>\($0)</th>" }.joined() + "</tr></thead>")
    }
    html.append("<tbody>")
    for (index, row) in rows.enumerated() {
      let total = totalRow && index == rows.count - 1
      let cells = row.enumerated().map { column, cell in
        rowHeaders && column == 0 ? "<th scope=\"row\">\(cell)</th>" : "<td>\(cell)</td>"
      }
      html.append("<tr\(total ? " class=\"total\"" : "")>" + cells.joined() + "</tr>")
    }
    html.append("</tbody></table>")
    return html.joined(separator: "\n")
  }

  private static let style = """
    :root { --ink: #1b1f24; --muted: #57606a; --rule: #d0d7de; --soft: #f6f8fa; }
    * { box-sizing: border-box; }
    body { font: 10.5pt/1.45 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif;
      color: var(--ink); max-width: 60rem; margin: 2rem auto; padding: 0 1.5rem; }
    h1 { font-size: 1.7rem; margin: 0 0 1rem; }
    h2 { font-size: 1.35rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem;
      margin-top: 2.2rem; }
    h3 { font-size: 1.1rem; margin: 1.4rem 0 .5rem; }
    h4 { font-size: 1rem; margin: 1.1rem 0 .4rem; }
    h5 { font-size: .9rem; margin: .7rem 0 .3rem; color: var(--muted); }
    h2, h3, h4, h5 { break-after: avoid; page-break-after: avoid; }
    code { font: .88em/1.3 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
      overflow-wrap: anywhere; }
    table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: .4rem 0 .9rem;
      font-size: .9em; }
    th, td { border: 1px solid var(--rule); padding: .25rem .45rem; text-align: left;
      vertical-align: top; overflow-wrap: anywhere; word-break: break-word; }
    thead th { background: var(--soft); }
    table.facts { table-layout: auto; }
    table.facts th { width: 12rem; background: var(--soft); font-weight: 600; }
    table.numeric td:not(:first-child), table.numeric th:not(:first-child) { text-align: right; }
    tr.total td { font-weight: 700; border-top: 2px solid var(--ink); }
    thead { display: table-header-group; }
    tr, li, blockquote { break-inside: avoid; page-break-inside: avoid; }
    .statement { background: var(--soft); border-left: 4px solid var(--ink); padding: .5rem .8rem; }
    blockquote { margin: .3rem 0 .6rem; padding: .3rem .9rem; border-left: 4px solid var(--rule);
      color: #24292f; }
    blockquote p { margin: .3rem 0; }
    article.deviation { border: 1px solid var(--rule); border-radius: 4px;
      padding: .2rem .9rem .4rem;
      margin: .8rem 0; break-inside: avoid; page-break-inside: avoid; }
    article.deviation.expiring { border-left: 5px solid #bf8700; }
    article.deviation.active { border-left: 5px solid #1a7f37; }
    .sev { display: inline-block; min-width: 1.6em; padding: 0 .35em; border-radius: 3px;
      font-weight: 600; text-align: center; }
    .sev-critical { background: #82071e; color: #fff; }
    .sev-high { background: #cf222e; color: #fff; }
    .sev-medium { background: #bf8700; color: #fff; }
    .sev-low { background: #ddf4ff; color: #0a3069; }
    .sev-info { background: #eaeef2; color: #24292f; }
    .badge { display: inline-block; padding: 0 .4em; border-radius: 3px; font-size: .85em;
      font-weight: 600; }
    .badge.expired { background: #ffebe9; color: #82071e; border: 1px solid #cf222e; }
    .badge.broad { background: #fff8c5; color: #7d4e00; border: 1px solid #bf8700; }
    @page { size: A4; margin: 16mm 14mm; }
    @media print {
      body { max-width: none; margin: 0; padding: 0; font-size: 9.5pt; }
      section.domain, section.attention { break-before: page; page-break-before: always; }
      h2 { margin-top: 0; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      a { color: inherit; text-decoration: none; }
    }
    """
}

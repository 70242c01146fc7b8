import Baseline
import Foundation
import KubeModel
import Testing

/// The audit report model and its renderers on the fixture cluster.
@Suite("Audit report")
struct AuditReportTests {
  static let today = CalendarDate("2026-11-28")!
  static let agent = ExceptionTarget(kind: "DaemonSet", namespace: "monitoring", name: "node-agent")

  /// An exception on the fixture's node-agent whose free text is hostile markup.
  static let hostile = ExceptionEntry(
    id: "EXC-0001", rule: "workload.host-pid", target: agent,
    justification:
      "<script>alert(\"x\")</script> & 'quotes'\n- not a list | not a cell\n# not a heading",
    owner: "<b>team</b>", approvedBy: "a*b_c[d](e)", ticket: "T-1`x`", expires: "2027-01-31")

  static func audit(_ entries: [ExceptionEntry], cluster: Snapshot? = nil) throws -> AuditReport {
    let snapshot = try cluster ?? BaselineFixtures.cluster()
    let file = ExceptionFile(entries: entries)
    let context = BaselineContext(snapshot: snapshot)
    let report = BaselineReport(
      snapshot: snapshot, context: context, statuses: ExceptionStatuses(file: file, today: today))
    return AuditReport(
      snapshot: snapshot, report: report, context: context, exceptions: file, today: today)
  }

  @Test("every domain, in order, lists its controls and a statement")
  func domains() throws {
    let audit = try Self.audit([])
    let catalogue = RuleCatalogue()
    #expect(audit.sections.map(\.domain) == [.rbac, .network, .secrets, .workload, .logging])
    for section in audit.sections {
      #expect(section.controls.map(\.rule.id) == catalogue.rules(in: section.domain).map(\.id))
      #expect(!section.statement.isEmpty)
      #expect(section.deviations.isEmpty)
    }
    let markdown = AuditMarkdown.render(audit, tool: "t")
    let headings = markdown.split(separator: "\n").filter { $0.hasPrefix("## ") }
    #expect(
      headings == [
        "## Summary", "## 1. Identity & access", "## 2. Network", "## 3. Secrets & configuration",
        "## 4. Workload hardening", "## 5. Logging & detection", "## Exceptions needing attention",
      ])
  }

  @Test("HTML escapes every value from the exceptions file")
  func htmlEscaping() throws {
    let html = AuditHTML.render(try Self.audit([Self.hostile]), tool: "kbaseline <dev>")
    #expect(!html.contains("<script"))
    #expect(!html.contains("<b>team"))
    #expect(
      html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;"))
    #expect(html.contains("&lt;b&gt;team&lt;/b&gt;"))
    #expect(html.contains("content=\"kbaseline &lt;dev&gt;\""))
  }

  @Test("HTML is one self-contained, printable file")
  func htmlSelfContained() throws {
    let html = AuditHTML.render(try Self.audit([Self.hostile]), tool: "t")
    for external in ["<script", "<link", "src=", "href=", "@import", "url("] {
      #expect(!html.contains(external), "\(external)")
    }
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("@media print"))
    #expect(html.contains("section.domain, section.attention { break-before: page"))
    #expect(html.contains("table-layout: fixed"))
    #expect(html.components(separatedBy: "<section class=\"domain\"").count == 6)
  }

  @Test("Markdown escapes the exceptions file's text in tables and quotes")
  func markdownEscaping() throws {
    let markdown = AuditMarkdown.render(try Self.audit([Self.hostile]), tool: "t")
    #expect(!markdown.contains("<script"))
    #expect(markdown.contains("> &lt;script&gt;alert(\"x\")&lt;/script&gt; & 'quotes'"))
    #expect(markdown.contains("> \\- not a list \\| not a cell"))
    #expect(markdown.contains("> \\# not a heading"))
    #expect(markdown.contains("| **Owner** | &lt;b&gt;team&lt;/b&gt; |"))
    #expect(markdown.contains("| **Approved by** | a\\*b\\_c\\[d\\](e) |"))
    #expect(markdown.contains("| **Ticket** | T-1\\`x\\` |"))
  }

  @Test(
    "Markdown helpers",
    arguments: [
      ("a|b", "a\\|b"), ("x & y", "x & y"), ("&amp;", "&amp;amp;"), ("line\nbreak", "line break"),
      ("*_`[]#~!{}\\", "\\*\\_\\`\\[\\]\\#\\~\\!\\{\\}\\\\"), ("<img>", "&lt;img&gt;"),
    ])
  func markdownEscape(input: String, expected: String) {
    #expect(MarkdownText.escape(input) == expected)
  }

  @Test("invalid, stale and broad exceptions are listed after the domains")
  func attention() throws {
    var unknown = Self.hostile
    unknown.id = "EXC-0002"
    unknown.rule = "workload.no-such-rule"
    var stale = Self.hostile
    stale.id = "EXC-0003"
    stale.target = ExceptionTarget(
      kind: "DaemonSet", namespace: "monitoring", name: "gone-*", match: .glob)
    let audit = try Self.audit([Self.hostile, unknown, stale])
    #expect(
      audit.exceptions(.init([.invalid])).map(\.problem) == ["unknown rule workload.no-such-rule"])
    #expect(audit.broadExceptions.map(\.entry.id) == ["EXC-0003"])
    let markdown = AuditMarkdown.render(audit, tool: "t")
    let tail = try #require(
      markdown.components(separatedBy: "## Exceptions needing attention").last)
    #expect(tail.contains("### Invalid exceptions (1)"))
    #expect(tail.contains("| 0 | unknown rule workload.no-such-rule |"))
    #expect(tail.contains("### Stale exceptions (1)"))
    #expect(tail.contains("### Broad exceptions (1)"))
    #expect(
      tail.contains(
        "- EXC-0003 (workload.host-pid DaemonSet/monitoring/gone-\\* (match: glob)) is stale"))
  }

  @Test("code spans only when safe; quotes neutralise block syntax")
  func markdownBlocks() {
    #expect(MarkdownText.code("Deployment/ns/a[b]") == "`Deployment/ns/a[b]`")
    #expect(MarkdownText.code("User/a|b") == "User/a\\|b")
    #expect(MarkdownText.code("x`y") == "x\\`y")
    #expect(MarkdownText.quote("1. one\n+ two\n\nthree\n") == "> 1\\. one\n> \\+ two\n>\n> three")
  }

  @Test("a value-bound exception stops applying when the value changes")
  func valueBound() throws {
    let bound = ExceptionEntry(
      id: "EXC-0001", rule: "workload.host-path", target: Self.agent,
      value: ValueBinding(path: "spec.volumes[name=root].hostPath.path", constraint: .equals("/")),
      justification: "agent reads the host root", owner: "platform", expires: "2027-01-31")
    let before = try Self.audit([bound])
    let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
      .appendingPathComponent("cluster.yaml")
    let changed = try String(contentsOf: url, encoding: .utf8)
      .replacingOccurrences(of: "hostPath: {path: /}", with: "hostPath: {path: /etc}")
    let after = try Self.audit([bound], cluster: SnapshotLoader().load(text: changed))
    func finding(_ audit: AuditReport) throws -> BaselineFinding {
      let workload = try #require(audit.sections.first { $0.domain == .workload })
      let deviation = workload.deviations.first?.findings.first
      let open = workload.findingsToFix.first {
        $0.finding.rule == "workload.host-path" && $0.finding.target.name == "node-agent"
      }
      return try #require(deviation ?? open)
    }
    #expect(try finding(before).status == .excepted)
    #expect(try finding(after).status == .open)
    #expect(after.exceptions.first?.status == .stale)
  }

  @Test("check gate: threshold, excepted and expired findings")
  func checkGate() throws {
    let file = ExceptionFile(entries: [
      ExceptionEntry(
        id: "EXC-0001", rule: "workload.privileged", target: Self.agent, justification: "j",
        owner: "o", expires: "2027-01-31"),
      ExceptionEntry(
        id: "EXC-0002", rule: "workload.host-pid", target: Self.agent, justification: "j",
        owner: "o", expires: "2026-01-31"),
    ])
    let report = try BaselineFixtures.report(
      statuses: ExceptionStatuses(file: file, today: Self.today))
    let critical = CheckGate(report, failOn: .critical)
    #expect(
      !critical.failing.contains {
        $0.finding.rule == "workload.privileged" && $0.finding.target.name == "node-agent"
      })
    #expect(critical.failing.allSatisfy { $0.finding.severity == .critical && $0.status.counts })
    let high = CheckGate(report, failOn: .high)
    #expect(!high.passed)
    let line = try #require(high.lines.first { $0.contains("workload.host-pid") })
    #expect(
      line
        == "high  workload.host-pid  DaemonSet/monitoring/node-agent  "
        + "pod uses the host PID namespace (expired EXC-0002)"
    )
    #expect(high.excepted >= 1)
    let open = CheckGate(try BaselineFixtures.report(), failOn: .high)
    #expect(open.failing.count == high.failing.count + high.excepted)
  }
}

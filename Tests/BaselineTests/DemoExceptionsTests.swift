import Baseline
import Foundation
import KubeModel
import Testing

/// `snapshots/demo-exceptions.yaml` against `snapshots/demo.json`: canonical, and every status
/// it is meant to show.
@Suite("Demo exceptions file")
struct DemoExceptionsTests {
  @Test("the file is canonical: render(parse(file)) == file (RECORD_SNAPSHOTS=1 rewrites it)")
  func canonical() throws {
    let text = try DemoExceptions.text()
    let rendered = try DemoExceptions.file().render()
    if DemoExceptions.record && rendered != text {
      try rendered.write(
        to: DemoExceptions.root.appendingPathComponent(DemoExceptions.path), atomically: true,
        encoding: .utf8)
    }
    #expect(rendered == text)
    #expect(text.hasPrefix(ExceptionFile.header))
  }

  @Test("on 2026-11-28: active, expiring, expired, stale and broad exceptions")
  func statuses() throws {
    let audit = try DemoExceptions.audit()
    let status = Dictionary(uniqueKeysWithValues: audit.exceptions.map { ($0.entry.id, $0.status) })
    #expect(status["EXC-0001"] == .active)
    #expect(status["EXC-0005"] == .expiring)
    #expect(status["EXC-0007"] == .expired)
    #expect(status["EXC-0008"] == .stale)
    #expect(!status.values.contains(.invalid))
    #expect(audit.broadExceptions.map(\.entry.id) == ["EXC-0009"])
    #expect(audit.broadExceptions.first?.findings.count == 3)
    for id in status.keys.sorted() where status[id] != .stale {
      let covered = try #require(audit.exceptions.first { $0.entry.id == id })
      #expect(!covered.findings.isEmpty, "\(id) must match a real finding of the demo")
    }
  }

  @Test("deviations land in their rule's domain; expired findings count again")
  func deviations() throws {
    let audit = try DemoExceptions.audit()
    func ids(_ domain: Domain) -> [String] {
      audit.sections.first { $0.domain == domain }?.deviations.map(\.entry.id) ?? []
    }
    #expect(audit.sections.map(\.domain) == Domain.allCases)
    #expect(ids(.rbac) == ["EXC-0006"])
    #expect(ids(.workload) == ["EXC-0001", "EXC-0002", "EXC-0003", "EXC-0004", "EXC-0009"])
    #expect(ids(.logging) == ["EXC-0005"])
    #expect(ids(.network).isEmpty)
    let workload = try #require(audit.sections.first { $0.domain == .workload })
    let dind = try #require(
      workload.findingsToFix.first {
        $0.finding.target.container == "dind" && $0.finding.rule == "workload.privileged"
      })
    #expect(dind.status == .expired && dind.exception == "EXC-0007")
    #expect(!workload.findingsToFix.contains { $0.status == .excepted })
    #expect(audit.totals.count(.excepted) == 9)
    #expect(audit.totals.count(.expired) == 1)
  }

  @Test("report goldens (Markdown and HTML) of the demo (RECORD_SNAPSHOTS=1 re-records)")
  func goldens() throws {
    let audit = try DemoExceptions.audit()
    let outputs = [
      ("md", AuditMarkdown.render(audit, tool: "kbaseline 0.1.0")),
      ("html", AuditHTML.render(audit, tool: "kbaseline 0.1.0")),
    ]
    for (ext, text) in outputs {
      let url = DemoExceptions.golden(ext)
      if DemoExceptions.record { try text.write(to: url, atomically: true, encoding: .utf8) }
      let golden = try String(contentsOf: url, encoding: .utf8)
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      let expected = golden.split(separator: "\n", omittingEmptySubsequences: false)
      let first =
        lines.indices.first { $0 >= expected.count || lines[$0] != expected[$0] } ?? lines.count
      #expect(
        text == golden,
        """
        demo.\(ext) differs at line \(first + 1) (RECORD_SNAPSHOTS=1 re-records):
        got:      \(first < lines.count ? lines[first] : "<end>")
        expected: \(first < expected.count ? expected[first] : "<end>")
        """)
    }
  }
}

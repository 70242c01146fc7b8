import Baseline
import KubeModel
import Testing

/// Exceptions plug into the report through the status seam, bound to Hardening's field
/// paths and values.
@Suite("Exceptions through the status seam")
struct ExceptionSeamTests {
  static let agent = ExceptionTarget(kind: "DaemonSet", namespace: "monitoring", name: "node-agent")

  static func entry(
    _ id: String, _ rule: String, container: String? = nil, value: ValueBinding?, expires: String
  )
    -> ExceptionEntry
  {
    var target = agent
    target.container = container
    return ExceptionEntry(
      id: id, rule: rule, target: target, value: value, justification: "node agent",
      owner: "platform", expires: expires)
  }

  @Test("active, expired and drifted exceptions give excepted, expired and open findings")
  func statuses() throws {
    let file = ExceptionFile(entries: [
      Self.entry(
        "EXC-0001", "workload.host-pid",
        value: ValueBinding(path: "spec.hostPID", constraint: .equals("true")),
        expires: "2027-01-31"),
      Self.entry(
        "EXC-0002", "workload.privileged", container: "agent", value: nil, expires: "2026-01-01"),
      Self.entry(
        "EXC-0003", "workload.host-path-sensitive",
        value: ValueBinding(constraint: .equals("/var/log")), expires: "2027-01-31"),
    ])
    let today = try #require(CalendarDate("2026-11-28"))
    let report = try BaselineFixtures.report(
      statuses: ExceptionStatuses(file: file, today: today))
    func item(_ rule: String) throws -> BaselineFinding {
      try #require(
        report.findings.first { $0.finding.rule == rule && $0.finding.target.name == "node-agent" })
    }
    #expect(try item("workload.host-pid").status == .excepted)
    #expect(try item("workload.host-pid").exception == "EXC-0001")
    #expect(try item("workload.privileged").status == .expired)
    #expect(try item("workload.host-path-sensitive").status == .open)
    let agent = try #require(report.workloads.first { $0.workload.name == "node-agent" })
    #expect(
      agent.openCountsBySeverity[.high, default: 0]
        < agent.findings.filter { $0.finding.severity == .high }.count)
  }
}

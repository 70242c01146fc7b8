import Foundation
import Testing

/// `check`, `report` and `findings --exceptions`, run as the built binary.
@Suite("kbaseline check, report and findings --exceptions")
struct ExceptionCommandsTests {
  static let demo = "snapshots/demo.json"
  static let exceptions = "snapshots/demo-exceptions.yaml"
  static let root = KBaselineProcess.repositoryRoot
  static let privileged = KBaselineProcess.path(
    "Tests/HardeningTests/Fixtures/psa/baseline/fail/privileged0.yaml")

  /// Runs from the repository root with the demo exceptions, judged on 2026-11-28.
  static func demoRun(_ arguments: [String]) throws -> KBaselineProcess.Result {
    try KBaselineProcess.run(
      arguments + [demo, "--exceptions", exceptions, "--today", "2026-11-28"], directory: root)
  }

  /// A fresh temporary directory.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("kbaseline-exc-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// An exceptions file excepting the privileged container of `privileged0.yaml`.
  static func privilegedException(expires: String) -> String {
    """
    apiVersion: kbaseline.dev/v1
    kind: ExceptionList
    exceptions:
    - id: EXC-0001
      rule: workload.privileged
      target: {kind: Pod, namespace: default, name: privileged0, container: container1}
      justification: test
      owner: test
      expires: \(expires)

    """
  }

  @Test(
    "check: exit 1 lists counting findings with expired exceptions; reports the file's problems")
  func checkFailsOnDemo() throws {
    let result = try Self.demoRun(["check"])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(
      lines.contains(
        "critical  workload.privileged  Deployment/ci/gitlab-runner[dind]  "
          + "container dind runs privileged (expired EXC-0007)"
      ))
    #expect(
      !lines.contains {
        $0.contains("DaemonSet/monitoring/falco[falco]") && $0.contains("workload.privileged")
      })
    #expect(
      !lines.contains { $0.hasPrefix("medium") || $0.hasPrefix("low") || $0.hasPrefix("info") })
    #expect(lines.last?.hasPrefix("check failed: ") == true)
    #expect(lines.last?.contains("1 with expired exceptions (8 excepted)") == true)
    #expect(
      result.stderr.contains(
        "EXC-0007 (workload.privileged Deployment/ci/gitlab-runner[dind]) expired on 2026-10-31"))
    #expect(result.stderr.contains("EXC-0008") && result.stderr.contains("is stale"))
    #expect(result.stderr.contains("EXC-0005") && result.stderr.contains("(in 20 days)"))
    #expect(
      result.stderr.contains("EXC-0009") && result.stderr.contains("broad name pattern calico-*"))
  }

  @Test("check: exit 0 below the threshold, and when an active exception covers the finding")
  func checkPasses() throws {
    let failing = try KBaselineProcess.run([
      "check", Self.privileged, "--fail-on", "critical", "--quiet",
    ])
    #expect(failing.status == 1)
    let dir = try Self.temporaryDirectory()
    let active = dir.appendingPathComponent("active.yaml")
    try Self.privilegedException(expires: "2027-01-01").write(
      to: active, atomically: true, encoding: .utf8)
    let expired = dir.appendingPathComponent("expired.yaml")
    try Self.privilegedException(expires: "2026-01-01").write(
      to: expired, atomically: true, encoding: .utf8)
    let day = ["--today", "2026-11-28", "--fail-on", "critical", "--quiet"]
    let excepted = try KBaselineProcess.run(
      ["check", Self.privileged, "--exceptions", active.path] + day)
    #expect(excepted.status == 0)
    #expect(excepted.stdout == "check passed: no open finding at critical or above (1 excepted)\n")
    let lapsed = try KBaselineProcess.run(
      ["check", Self.privileged, "--exceptions", expired.path] + day)
    #expect(lapsed.status == 1)
    #expect(lapsed.stdout.contains("(expired EXC-0001)"))
  }

  @Test("check: the default kbaseline-exceptions.yaml of the current directory applies")
  func defaultFile() throws {
    let dir = try Self.temporaryDirectory()
    try Self.privilegedException(expires: "2027-01-01").write(
      to: dir.appendingPathComponent("kbaseline-exceptions.yaml"), atomically: true, encoding: .utf8
    )
    let result = try KBaselineProcess.run(
      ["check", Self.privileged, "--fail-on", "critical", "--today", "2026-11-28", "--quiet"],
      directory: dir)
    #expect(result.status == 0)
  }

  @Test(
    "check: exit 2 with one error line on bad input or an invalid option",
    arguments: [
      ["--fail-on", "severe"], ["--fail-on", "info"], ["--exceptions", "missing.yaml"],
      ["--today", "28/11/2026"], ["--format", "json"],
    ])
  func checkUsageErrors(extra: [String]) throws {
    let result = try KBaselineProcess.run(["check", Self.demo] + extra, directory: Self.root)
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)")
  }

  @Test("check: a missing input and an invalid exceptions file exit 2 naming file and line")
  func checkBadInput() throws {
    let missing = try KBaselineProcess.run(["check", "does-not-exist.json"])
    #expect(missing.status == 2)
    #expect(missing.stderr.hasPrefix("error: "))
    let dir = try Self.temporaryDirectory()
    let bad = dir.appendingPathComponent("bad.yaml")
    let text =
      "apiVersion: kbaseline.dev/v1\nkind: ExceptionList\nexceptions:\n- id: EXC-0001\n  rule: x\n"
    try text.write(to: bad, atomically: true, encoding: .utf8)
    let invalid = try KBaselineProcess.run(["check", Self.privileged, "--exceptions", bad.path])
    #expect(invalid.status == 2)
    #expect(invalid.stderr == "error: \(bad.path):4: EXC-0001: missing required field target\n")
    #expect(try String(contentsOf: bad, encoding: .utf8) == text)
  }

  @Test("findings --exceptions: statuses and exception ids on the demo; stale reported")
  func findingsStatuses() throws {
    let result = try Self.demoRun(["findings", "--format", "json"])
    #expect(result.status == 0)
    let document =
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let items = try #require(document?["findings"] as? [[String: Any]])
    func item(_ rule: String, _ name: String, _ container: String? = nil) -> [String: Any]? {
      items.first {
        let t = $0["target"] as? [String: Any]
        return $0["rule"] as? String == rule && t?["name"] as? String == name
          && t?["container"] as? String == container
      }
    }
    #expect(item("workload.privileged", "falco", "falco")?["status"] as? String == "excepted")
    #expect(item("workload.privileged", "falco", "falco")?["exception"] as? String == "EXC-0001")
    #expect(item("workload.host-network", "node-exporter")?["exception"] as? String == "EXC-0002")
    #expect(
      item("rbac.effective-cluster-admin", "argocd-application-controller")?["status"] as? String
        == "excepted")
    #expect(item("workload.privileged", "gitlab-runner", "dind")?["status"] as? String == "expired")
    #expect(
      item("workload.privileged", "gitlab-runner", "dind")?["exception"] as? String == "EXC-0007")
    #expect(
      item("workload.privileged", "calico-node", "calico-node")?["exception"] as? String
        == "EXC-0009")
    let statuses = items.compactMap { $0["status"] as? String }
    #expect(statuses.filter { $0 == "excepted" }.count == 9)
    #expect(statuses.filter { $0 == "expired" }.count == 1)
    #expect(
      items.filter { $0["status"] as? String == "open" }.allSatisfy { $0["exception"] == nil })
    #expect(result.stderr.contains("warning: exception EXC-0008"))
    #expect(result.stderr.contains("is stale"))
  }

  @Test("findings --exceptions: table status column and SARIF suppressions with justification")
  func findingsTableAndSARIF() throws {
    let table = try Self.demoRun(["findings", "--quiet"])
    #expect(table.stdout.contains("excepted EXC-0001  container falco runs privileged"))
    #expect(table.stdout.contains("expired EXC-0007   container dind runs privileged"))
    #expect(table.stdout.contains("; 9 excepted, 1 expired\n"))
    let sarif = try Self.demoRun(["findings", "--format", "sarif", "--quiet"])
    let log = try JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8)) as? [String: Any]
    let runs = try #require(log?["runs"] as? [[String: Any]])
    let results = try #require(runs.first?["results"] as? [[String: Any]])
    let suppressed = results.filter { $0["suppressions"] != nil }
    #expect(suppressed.count == 9)
    let falco = try #require(
      suppressed.first {
        ($0["properties"] as? [String: Any])?["exception"] as? String == "EXC-0001"
      })
    let suppression = try #require((falco["suppressions"] as? [[String: Any]])?.first)
    #expect(suppression["kind"] as? String == "external")
    let justification = try #require(suppression["justification"] as? String)
    #expect(justification.hasPrefix("EXC-0001: Falco is our runtime detection agent."))
    #expect(
      justification.hasSuffix(
        "(owner team-platform-security, approved by lars.nielsen@acme.example, "
          + "ticket SEC-2291, expires 2027-02-28)"
      ))
    let expired = results.filter {
      ($0["properties"] as? [String: Any])?["status"] as? String == "expired"
    }
    #expect(expired.count == 1 && expired[0]["suppressions"] == nil)
  }

  @Test(
    "report: Markdown and HTML match the goldens; -o writes the same file",
    arguments: ["markdown", "html"])
  func reportGoldens(format: String) throws {
    let ext = format == "markdown" ? "md" : "html"
    let golden = try String(
      contentsOf: Self.root.appendingPathComponent(
        "Tests/BaselineTests/Fixtures/report/demo.\(ext)"),
      encoding: .utf8)
    let result = try Self.demoRun(["report", "--format", format, "--quiet"])
    #expect(result.status == 0)
    #expect(
      result.stdout == golden,
      "re-record with RECORD_SNAPSHOTS=1 swift test --filter DemoExceptionsTests")
    let out = try Self.temporaryDirectory().appendingPathComponent("audit.\(ext)")
    let written = try Self.demoRun(["report", "--format", format, "--quiet", "-o", out.path])
    #expect(written.status == 0 && written.stdout.isEmpty)
    #expect(try String(contentsOf: out, encoding: .utf8) == golden)
  }

  @Test("report: an unknown format exits 2")
  func reportBadFormat() throws {
    let result = try Self.demoRun(["report", "--format", "pdf"])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
  }
}

import Foundation
import Testing

@Suite("kbaseline findings")
struct FindingsCommandTests {
  static let psa = "Tests/HardeningTests/Fixtures/psa"

  static func json(_ text: String) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
  }

  @Test("JSON: every baseline fail fixture has a baseline PSS finding, pass fixtures none")
  func psaFolder() throws {
    let fail = try KBaselineProcess.run([
      "findings", KBaselineProcess.path(Self.psa + "/baseline/fail"), "--format", "json", "--quiet",
    ])
    #expect(fail.status == 0)
    let items = try #require(try Self.json(fail.stdout)["findings"] as? [[String: Any]])
    let failing = Set(
      items.filter { ($0["pss"] as? [String: String])?["level"] == "baseline" }
        .compactMap { ($0["target"] as? [String: Any])?["name"] as? String })
    #expect(failing.count == 27)
    #expect(items.allSatisfy { $0["status"] as? String == "open" })

    let pass = try KBaselineProcess.run([
      "findings", KBaselineProcess.path(Self.psa + "/restricted/pass"), "--format", "json",
      "--quiet",
    ])
    let passItems = try #require(try Self.json(pass.stdout)["findings"] as? [[String: Any]])
    #expect(!passItems.isEmpty)
    #expect(passItems.allSatisfy { $0["pss"] == nil })
  }

  @Test("SARIF and table output")
  func formats() throws {
    let input = KBaselineProcess.path(Self.psa + "/baseline/fail/privileged0.yaml")
    let sarif = try KBaselineProcess.run(["findings", input, "--format", "sarif", "--quiet"])
    #expect(sarif.status == 0)
    #expect(try Self.json(sarif.stdout)["version"] as? String == "2.1.0")
    let table = try KBaselineProcess.run(["findings", input, "--quiet"])
    #expect(table.stdout.hasPrefix("SEVERITY"))
    #expect(table.stdout.contains("critical  workload.privileged"))
    #expect(table.stdout.contains(" in 1 workloads"))
  }

  @Test("an unknown format is a usage error")
  func badFormat() throws {
    let result = try KBaselineProcess.run(["findings", "x.yaml", "--format", "xml"])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
  }
}

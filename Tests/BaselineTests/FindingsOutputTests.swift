import Baseline
import Foundation
import KubeModel
import Testing

/// The JSON contract and the SARIF log of `kbaseline findings`.
@Suite("Findings output")
struct FindingsOutputTests {
  typealias F = BaselineFixtures

  @Test("JSON findings carry exactly the contract's keys")
  func jsonContract() throws {
    let report = try F.report(statuses: ExceptRule(rule: "workload.host-pid", id: "EXC-0042"))
    let doc = try F.json(FindingsDocument(report))
    #expect(Array(doc.keys) == ["findings"])
    let items = try #require(doc["findings"] as? [[String: Any]])
    #expect(items.count == report.findings.count)
    let allowed: Set = [
      "rule", "domain", "severity", "target", "message", "pss", "status", "exception",
    ]
    for (item, finding) in zip(items, report.findings) {
      #expect(Set(item.keys).isSubset(of: allowed))
      #expect(item["rule"] as? String == finding.finding.rule)
      #expect(item["severity"] as? String == finding.finding.severity.rawValue)
      #expect((item["pss"] != nil) == (finding.finding.pss != nil))
      let target = try #require(item["target"] as? [String: Any])
      #expect(Set(target.keys).isSubset(of: ["kind", "namespace", "name", "container"]))
      #expect((target["container"] as? String) == finding.finding.target.container)
      if finding.finding.rule == "workload.host-pid" {
        #expect(
          item["status"] as? String == "excepted" && item["exception"] as? String == "EXC-0042")
      } else {
        #expect(item["status"] as? String == "open" && item["exception"] == nil)
      }
    }
    let pss = try #require(
      items.first { $0["rule"] as? String == "workload.privileged" }?["pss"] as? [String: String])
    #expect(pss == ["level": "baseline", "control": "Privileged Containers"])
  }

  @Test("SARIF 2.1.0: rules with help text, results pointing at their rule")
  func sarif() throws {
    let report = try F.report()
    let log = try F.json(SARIFLog(report, toolVersion: "0.1.0", artifact: "cluster.yaml"))
    #expect(log["version"] as? String == "2.1.0")
    #expect((log["$schema"] as? String)?.contains("sarif-2.1.0") == true)
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
    let rules = try #require(driver["rules"] as? [[String: Any]])
    #expect(rules.count == report.catalogue.rules.count)
    for rule in rules {
      let help = try #require(rule["help"] as? [String: String])
      #expect(!(help["text"] ?? "").isEmpty && !(help["markdown"] ?? "").isEmpty)
      let props = try #require(rule["properties"] as? [String: Any])
      #expect(Double(props["security-severity"] as? String ?? "") != nil)
    }
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(results.count == report.findings.count)
    for result in results {
      let index = try #require(result["ruleIndex"] as? Int)
      #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
      #expect(["error", "warning", "note"].contains(result["level"] as? String ?? ""))
      let location = try #require((result["locations"] as? [[String: Any]])?.first)
      #expect(location["physicalLocation"] != nil)
    }
    let critical = try #require(results.first { $0["ruleId"] as? String == "workload.privileged" })
    #expect(critical["level"] as? String == "error")
  }
}

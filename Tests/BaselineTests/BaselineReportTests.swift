import Baseline
import Hardening
import KubeModel
import RBAC
import Testing

/// The catalogue, the report, statuses and the Workloads pane rows.
@Suite("Baseline report")
struct BaselineReportTests {
  typealias F = BaselineFixtures

  @Test("the catalogue holds every engine's rules once, sorted")
  func catalogue() throws {
    let catalogue = RuleCatalogue()
    #expect(catalogue.duplicateIDs.isEmpty)
    let expected = BaselineEngines.all.flatMap(\.rules).map(\.id).sorted()
    #expect(catalogue.rules.map(\.id) == expected)
    #expect(Set(HardeningRules.all.map(\.id) + RBACRules.all.map(\.id)).isSubset(of: expected))
    #expect(catalogue.rule(id: "workload.privileged")?.severity == .critical)
    #expect(catalogue.rules(in: .secrets).allSatisfy { $0.id.hasPrefix("secrets.") })
    #expect(!catalogue.rules(in: .logging).isEmpty)
  }

  @Test("adding an engine is one entry: its rules and findings join the report")
  func extraEngine() throws {
    let rule = Rule(
      id: "network.no-policy", domain: .network, severity: .medium, title: "t", summary: "s",
      rationale: "r", remediation: "f", references: ["CIS 5.3.2"])
    let network = BaselineEngine(name: "network", rules: [rule]) { snapshot, _ in
      snapshot.namespaces.map {
        Finding(rule, target: FindingTarget(kind: "Namespace", name: $0.name), message: "no policy")
      }
    }
    let report = try F.report(engines: BaselineEngines.all + [network])
    #expect(report.catalogue.rule(id: "network.no-policy") != nil)
    #expect(report.findings.filter { $0.finding.rule == "network.no-policy" }.count == 2)
    let duplicate = try F.report(engines: BaselineEngines.all + [.hardening])
    #expect(duplicate.catalogue.duplicateIDs.contains("workload.privileged"))
  }

  @Test("findings are in report order: severity, then rule, then engine order")
  func order() throws {
    let raw = HardeningEngine().evaluate(try F.cluster()).findings
    let expected = raw.enumerated().sorted { a, b in
      if a.element.severity != b.element.severity { return a.element.severity > b.element.severity }
      if a.element.rule != b.element.rule { return a.element.rule < b.element.rule }
      return a.offset < b.offset
    }.map(\.element)
    let findings = try F.report(engines: [.hardening]).findings.map(\.finding)
    #expect(findings.count > 10)
    #expect(findings == expected)
  }

  @Test("workload rows: levels met, drift attached to the workload, counts by severity")
  func workloads() throws {
    let report = try F.report()
    let rows = Dictionary(
      uniqueKeysWithValues: report.workloads.map { ($0.workload.description, $0) })
    #expect(
      rows.keys.sorted() == [
        "DaemonSet/monitoring/node-agent", "Deployment/shop/api", "Pod/monitoring/debug",
      ])
    #expect(rows["Deployment/shop/api"]?.level == .restricted)
    #expect(rows["DaemonSet/monitoring/node-agent"]?.level == .privileged)
    #expect(rows["Pod/monitoring/debug"]?.level == .baseline)
    let api = try #require(rows["Deployment/shop/api"])
    #expect(
      api.findings.contains {
        $0.finding.target.kind == "Pod" && $0.finding.target.container == "debugger"
      })
    #expect(
      !api.findings.contains {
        $0.finding.target.kind == "Pod" && $0.finding.target.container == "api"
      })
    let agent = try #require(rows["DaemonSet/monitoring/node-agent"])
    #expect(agent.openCountsBySeverity[.critical] == 2)  // privileged, sensitive host path /
    #expect(agent.openCountsBySeverity.values.reduce(0, +) == agent.findings.count)
  }

  @Test("namespace rows compare the enforce label with the workloads")
  func namespaces() throws {
    let rows = Dictionary(
      uniqueKeysWithValues: try F.report().namespaces.map { ($0.namespace, $0) })
    #expect(rows["shop"]?.enforced == .restricted)
    #expect(rows["shop"]?.strictestLevelMet == .restricted)
    #expect(rows["monitoring"]?.enforced == nil)
    #expect(rows["monitoring"]?.strictestLevelMet == .privileged)
  }

  @Test("the status seam: excepted findings carry the exception and stop counting")
  func statuses() throws {
    let report = try F.report(statuses: ExceptRule(rule: "workload.privileged", id: "EXC-0001"))
    let privileged = report.findings.filter { $0.finding.rule == "workload.privileged" }
    #expect(!privileged.isEmpty)
    #expect(privileged.allSatisfy { $0.status == .excepted && $0.exception == "EXC-0001" })
    #expect(
      report.findings.filter { $0.finding.rule != "workload.privileged" }.allSatisfy {
        $0.status == .open
      })
    let agent = try #require(report.workloads.first { $0.workload.name == "node-agent" })
    #expect(agent.openCountsBySeverity[.critical] == 1)
  }

  @Test("RBAC power flows from the context into the automount check")
  func rbacPower() throws {
    let power = BaselineContext(serviceAccountsWithRBACPower: [
      ObjectKey(kind: "ServiceAccount", namespace: "shop", name: "api")
    ])
    let rule = "workload.sa-token-automount"
    #expect(!(try F.report()).findings.contains { $0.finding.rule == rule })
    let targets = try F.report(context: power).findings.filter { $0.finding.rule == rule }
      .map(\.finding.target.description)
    #expect(targets == ["Deployment/shop/api"])
  }
}

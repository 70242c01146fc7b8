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

  /// `rule target` lines of the demo snapshot's findings.
  static func demoFindings() throws -> [(rule: String, target: String, pss: String?)] {
    let result = try KBaselineProcess.run([
      "findings", KBaselineProcess.path("snapshots/demo.json"), "--format", "json", "--quiet",
    ])
    #expect(result.status == 0)
    let items = try #require(try Self.json(result.stdout)["findings"] as? [[String: Any]])
    return items.map { item in
      let t = item["target"] as? [String: Any] ?? [:]
      let ns = t["namespace"] as? String ?? ""
      var target = "\(t["kind"] ?? "")/\(ns.isEmpty ? "" : ns + "/")\(t["name"] ?? "")"
      if let c = t["container"] as? String { target += "[\(c)]" }
      return (item["rule"] as? String ?? "", target, (item["pss"] as? [String: String])?["level"])
    }
  }

  @Test("the demo snapshot's deliberate workload problems are found (snapshots/README.md)")
  func demo() throws {
    let found = try Self.demoFindings()
    func has(_ rule: String, _ target: String) -> Bool {
      found.contains { $0.rule == rule && $0.target == target }
    }
    #expect(has("workload.privileged", "DaemonSet/monitoring/falco[falco]"))
    #expect(has("workload.runtime-socket", "DaemonSet/monitoring/falco"))
    #expect(has("workload.host-network", "DaemonSet/monitoring/node-exporter"))
    #expect(has("workload.host-pid", "DaemonSet/monitoring/node-exporter"))
    #expect(has("workload.host-port", "DaemonSet/monitoring/node-exporter[node-exporter]"))
    #expect(has("workload.run-as-root-uid", "DaemonSet/logging/fluent-bit[fluent-bit]"))
    #expect(has("logging.writable-log-hostpath", "DaemonSet/logging/fluent-bit[fluent-bit]"))
    #expect(has("workload.privileged", "Deployment/ci/gitlab-runner[dind]"))
    #expect(has("workload.capabilities-added", "Pod/default/netshoot[netshoot]"))
    #expect(
      has("workload.capabilities-added", "Deployment/billing-prod/pdf-renderer[pdf-renderer]"))
    #expect(has("workload.namespace-psa-violated", "Deployment/billing-prod/pdf-renderer"))
    #expect(has("workload.probe-host", "Pod/kube-system/kube-apiserver-cp-1[kube-apiserver]"))
    #expect(has("secrets.configmap-credential-key", "ConfigMap/shop-dev/api-config"))
    #expect(has("secrets.legacy-sa-token", "Secret/ci/deployer-token"))
    for target in [
      "Deployment/shop-dev/api[api]", "Deployment/shop-test/api[api]",
      "StatefulSet/shop-dev/postgres[postgres]", "Deployment/billing-test/worker[worker]",
      "Deployment/monitoring/grafana[grafana]",
    ] {
      #expect(has("secrets.env-literal", target), "\(target)")
    }
    for target in [
      "Deployment/shop-dev/frontend[frontend]", "Deployment/ci/gitlab-runner[gitlab-runner]",
    ] {
      #expect(has("workload.image-tag", target), "\(target)")
    }
    let shopProd = found.filter { $0.target.contains("/shop-prod/") && $0.pss != nil }
    #expect(shopProd.isEmpty, "shop-prod is hardened to restricted: \(shopProd.map(\.rule))")
    let detectors = [
      "logging.no-log-shipping", "logging.no-runtime-detection", "secrets.no-external-store",
    ]
    #expect(!found.contains { detectors.contains($0.rule) })
  }
}

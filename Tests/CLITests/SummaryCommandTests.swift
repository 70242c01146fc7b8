import Foundation
import Testing

@Suite("kbaseline summary")
struct SummaryCommandTests {
  static let fixtures = "Tests/KubeModelTests/Fixtures"

  @Test("text summary counts a folder of manifests")
  func textOnManifests() throws {
    let result = try KBaselineProcess.run([
      "summary", KBaselineProcess.path("\(Self.fixtures)/manifests"),
    ])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.hasPrefix("  Deployment") && $0.hasSuffix(" 1") })
    #expect(lines.contains { $0.hasPrefix("  DaemonSet") && $0.hasSuffix(" 1") })
    #expect(lines.contains { $0.hasPrefix("  web ") && $0.contains("baseline") })
    #expect(result.stderr.contains("warning:") && result.stderr.contains("values.yaml"))
  }

  @Test("JSON summary is one document with counts and namespaces")
  func json() throws {
    let result = try KBaselineProcess.run([
      "summary", "--format", "json", "--quiet",
      KBaselineProcess.path("\(Self.fixtures)/formats/kubectl-list.json"),
    ])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let counts = try #require(document["counts"] as? [String: Int])
    #expect(counts["Pod"] == 2 && counts["Deployment"] == 1 && counts["ReplicaSet"] == 1)
    let namespaces = try #require(document["namespaces"] as? [[String: Any]])
    #expect(namespaces.first?["name"] as? String == "shop")
    #expect(namespaces.first?["workloads"] as? Int == 1)
    #expect(namespaces.first?["pods"] as? Int == 2)
    #expect((document["unknownKinds"] as? [String: Int]) == ["Certificate": 1])
  }

  @Test("bad input: one line on stderr naming file and line, exit status 2")
  func badInput() throws {
    let path = KBaselineProcess.path("\(Self.fixtures)/bad/wrong-type.yaml")
    let result = try KBaselineProcess.run(["summary", path])
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "error: \(path):10: spec.containers[0].ports[0].containerPort: expected a number\n")
  }

  @Test("an invalid option exits with status 2, not 64")
  func invalidOption() throws {
    let result = try KBaselineProcess.run(["summary", "--format", "xml", "x.yaml"])
    #expect(result.status == 2)
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(result.stderr.contains("xml"))
  }

  @Test("the demo snapshot: capture metadata, counts, the forbidden list and unknown kinds")
  func demo() throws {
    let result = try KBaselineProcess.run([
      "summary", "--format", "json", KBaselineProcess.path("snapshots/demo.json"),
    ])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(document["cluster"] as? String == "acme-prod-eu-1")
    let counts = try #require(document["counts"] as? [String: Int])
    #expect(counts["Pod"] == 67 && counts["Namespace"] == 18 && counts["NetworkPolicy"] == 28)
    let gaps = try #require(document["gaps"] as? [[String: Any]])
    #expect(gaps.map { $0["status"] as? String } == ["forbidden"])
    #expect((document["unknownKinds"] as? [String: Int])?["ExternalSecret"] == 1)
  }

  @Test("kubectl List output: workloads and pods per namespace")
  func demoList() throws {
    let result = try KBaselineProcess.run([
      "summary", KBaselineProcess.path("snapshots/demo-list.yaml"),
    ])
    #expect(result.status == 0)
    let row = result.stdout.split(separator: "\n").first { $0.hasPrefix("  web ") }
    let columns = row.map { $0.split(separator: " ").map(String.init) } ?? []
    #expect(columns.prefix(4) == ["web", "2", "3", "1"])
  }
}

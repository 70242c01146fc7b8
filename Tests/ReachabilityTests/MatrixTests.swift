import Foundation
import KubeModel
import Reachability
import Testing

@Suite("Namespace matrix and derived views")
struct MatrixTests {
  @Test("without policies every cell is all, every namespace is flat and unprotected")
  func openCluster() throws {
    let matrix = try XYZCluster().analysis.matrix()
    #expect(matrix.namespaces == ["x", "y", "z"])
    #expect(matrix.cells.count == 9)
    #expect(matrix.cells.allSatisfy { $0.verdict == .all && $0.ports.isAll })
    #expect(matrix.cell(from: "x", to: "x")?.pairCount == 6)
    #expect(matrix.cell(from: "x", to: "y")?.pairCount == 9)
    #expect(matrix.flatNamespaces == ["x", "y", "z"])
    #expect(matrix.coverage.allSatisfy { $0.ingressCoverage == 0 && $0.fromExternal.isAll })
  }

  @Test("deny-ingress in x plus TCP 80 from y to x/a: none, partial and all cells")
  func mixedVerdicts() throws {
    let cluster = try XYZCluster(
      XYZCluster.policy("deny", in: "x", spec: "podSelector: {}\npolicyTypes: [Ingress]")
        + "\n---\n"
        + XYZCluster.policy(
          "web", in: "x",
          spec:
            "podSelector: {matchLabels: {pod: a}}\ningress:\n- from: [{namespaceSelector: {matchLabels: {ns: y}}}]\n  ports: [{port: 80}]"
        ))
    let matrix = cluster.analysis.matrix()
    let yx = try #require(matrix.cell(from: "y", to: "x"))
    #expect(yx.verdict == .partial)
    #expect(yx.ports.description == "TCP 80")
    #expect(yx.connectedPairCount == 3 && yx.pairCount == 9 && yx.fullyOpenPairCount == 0)
    #expect(matrix.cell(from: "z", to: "x")?.verdict == MatrixVerdict.none)
    #expect(matrix.cell(from: "x", to: "x")?.verdict == MatrixVerdict.none)
    #expect(matrix.cell(from: "x", to: "z")?.verdict == .all)
    let x = try #require(matrix.coverage.first { $0.namespace == "x" })
    #expect(x.ingressIsolatedPods == 3 && x.egressIsolatedPods == 0 && x.policies == 2)
    #expect(x.fromExternal.isEmpty)
    #expect(!matrix.flatNamespaces.contains("x"))
  }

  @Test("matrix cells agree with the connectivity list", arguments: ExplainTests.policySets.indices)
  func matrixAgreesWithConnlist(_ index: Int) throws {
    let analysis = try XYZCluster(ExplainTests.policySets[index]).analysis
    let matrix = analysis.matrix()
    #expect(matrix.allowedCells == matrix.cells.filter { $0.verdict != .none })
    for cell in matrix.cells {
      let lines = analysis.connections(from: cell.from, to: cell.to)
      #expect(lines.count == cell.connectedPairCount, "\(cell.from)->\(cell.to)")
      #expect(lines.filter(\.connections.isAll).count == cell.fullyOpenPairCount)
      #expect(lines.reduce(ConnectionSet.none) { $0.union($1.connections) } == cell.ports)
    }
  }

  private static func environments(_ policies: String = "", label: String = "environment") throws
    -> ReachabilityAnalysis
  {
    var docs: [String] = []
    for (ns, env) in [("shop-dev", "dev"), ("shop-test", "test"), ("shop-prod", "production")] {
      docs.append(
        "apiVersion: v1\nkind: Namespace\nmetadata: {name: \(ns), labels: {\(label): \(env)}}")
      docs.append(XYZCluster.podYAML(namespace: ns, name: "api", ip: "10.1.0.1"))
    }
    let snapshot = try SnapshotLoader().load(text: (docs + [policies]).joined(separator: "\n---\n"))
    return ReachabilityAnalysis(
      snapshot: snapshot, options: ReachabilityOptions(environmentLabels: [label]))
  }

  @Test("lower to higher environment paths are crossings and high findings")
  func environmentCrossings() throws {
    let analysis = try Self.environments()
    let crossings = analysis.matrix().environmentCrossings.map { "\($0.from)->\($0.to)" }
    #expect(crossings == ["shop-dev->shop-prod", "shop-dev->shop-test", "shop-test->shop-prod"])
    let findings = analysis.findings().filter { $0.rule == NetworkRules.environmentCrossing.id }
    #expect(findings.count == 3 && findings.allSatisfy { $0.severity == .high })
    let guarded = try Self.environments(
      XYZCluster.policy(
        "prod-only", in: "shop-prod",
        spec:
          "podSelector: {}\ningress:\n- from: [{namespaceSelector: {matchLabels: {environment: production}}}]"
      ))
    #expect(guarded.matrix().environmentCrossings.map(\.to) == ["shop-test"])
  }

  @Test("the environment label is configurable")
  func configurableLabel() throws {
    let analysis = try Self.environments(label: "stage")
    #expect(analysis.matrix().environments["shop-dev"] == "dev")
    #expect(analysis.matrix().environmentCrossings.count == 3)
  }

  @Test("the JSON document has exactly the contract's keys")
  func jsonContract() throws {
    let analysis = try XYZCluster(
      XYZCluster.policy("deny", in: "x", spec: "podSelector: {}\npolicyTypes: [Ingress]")
    ).analysis
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let data = try encoder.encode(
      MatrixDocument(analysis.matrix(), assumptions: analysis.assumptions))
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["namespaces"] as? [String] == ["x", "y", "z"])
    let cells = try #require(object["cells"] as? [[String: String]])
    #expect(cells.count == 9)
    #expect(cells.allSatisfy { Set($0.keys) == ["from", "to", "verdict", "ports"] })
    #expect(
      cells.contains {
        $0["from"] == "y" && $0["to"] == "x" && $0["verdict"] == "none" && $0["ports"] == ""
      })
    #expect(
      cells.contains {
        $0["from"] == "x" && $0["to"] == "y" && $0["verdict"] == "all"
          && $0["ports"] == "All Connections"
      })
    #expect((object["assumptions"] as? [String])?.isEmpty == false)
  }

  @Test("dot and mermaid draw allowed cells, dashed when partial")
  func graphs() throws {
    let analysis = try XYZCluster(
      XYZCluster.policy(
        "web", in: "x",
        spec:
          "podSelector: {matchLabels: {pod: a}}\ningress:\n- from: [{namespaceSelector: {matchLabels: {ns: y}}}]\n  ports: [{port: 80}]"
      )
    ).analysis
    let matrix = analysis.matrix()
    let dot = NamespaceGraph.dot(matrix)
    #expect(dot.hasPrefix("digraph reachability {"))
    #expect(dot.contains("\"y\" -> \"x\" [label=\"All Connections\", style=dashed];"))
    #expect(dot.contains("\"x\" -> \"y\" [label=\"All Connections\"];"))
    let mermaid = NamespaceGraph.mermaid(matrix)
    #expect(mermaid.contains("n1 -.->|\"All Connections\"| n0"))
    #expect(mermaid.contains("n0 -->|\"All Connections\"| n1"))
  }
}

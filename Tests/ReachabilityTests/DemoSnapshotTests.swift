import Foundation
import KubeModel
import Reachability
import Testing

/// The demo snapshot (`snapshots/demo.json`): its deliberate network problems are in the
/// matrix and the findings, attached to the workloads users know.
@Suite("Demo snapshot reachability")
struct DemoSnapshotTests {
  static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("snapshots/demo.json")

  static func analysis() throws -> (ReachabilityAnalysis, ReachabilityOverview) {
    let text = try String(contentsOf: path, encoding: .utf8)
    let snapshot = try SnapshotLoader().load(text: text, name: "demo.json")
    let analysis = ReachabilityAnalysis(snapshot: snapshot)
    return (analysis, ReachabilityOverview(analysis))
  }

  @Test("shop-dev, shop-test and shop-acc reach shop-prod on TCP 8080 only, partially")
  func shopIntoProduction() throws {
    let (_, overview) = try Self.analysis()
    for source in ["shop-dev", "shop-test", "shop-acc"] {
      let cell = try #require(overview.matrix.cell(from: source, to: "shop-prod"))
      #expect(cell.verdict == .partial, "\(source)")
      #expect(cell.ports.description == "TCP 8080", "\(source)")
      #expect(cell.connectedPairCount > 0 && cell.connectedPairCount < cell.pairCount)
    }
  }

  @Test("no other dev or test namespace reaches shop-prod")
  func nothingElseIntoProduction() throws {
    let (_, overview) = try Self.analysis()
    let matrix = overview.matrix
    let lower = matrix.namespaces.filter {
      ["dev", "test"].contains(matrix.environments[$0] ?? "") && !$0.hasPrefix("shop-")
    }
    #expect(lower.sorted() == ["billing-dev", "billing-test"])
    for source in lower {
      #expect(matrix.cell(from: source, to: "shop-prod")?.verdict == MatrixVerdict.none)
    }
  }

  @Test("the one dev -> prod path is shop-dev -> shop-prod, and it is a high finding")
  func devToProdFinding() throws {
    let (_, overview) = try Self.analysis()
    let devToProd = overview.matrix.environmentCrossings.filter(\.isDevelopmentToProduction)
    #expect(devToProd.map { "\($0.from)->\($0.to)" } == ["shop-dev->shop-prod"])
    let findings = overview.findings.filter {
      $0.rule == NetworkRules.environmentCrossing.id && $0.message.hasPrefix("shop-dev (dev)")
        && $0.target.name == "shop-prod"
    }
    #expect(findings.count == 1)
    #expect(findings.first?.severity == .high)
    #expect(findings.first?.value == "TCP 8080")
  }

  @Test("egress without DNS in billing-prod names the Deployments, not their ReplicaSets")
  func dnsFindingsOnTopControllers() throws {
    let (analysis, overview) = try Self.analysis()
    let targets = overview.findings.filter { $0.rule == NetworkRules.egressWithoutDNS.id }
      .map(\.target.description)
    #expect(
      targets == [
        "Deployment/billing-prod/api", "Deployment/billing-prod/pdf-renderer",
        "Deployment/billing-prod/worker", "StatefulSet/billing-prod/redis",
      ])
    #expect(!overview.findings.contains { $0.target.kind == "ReplicaSet" })
    let pairs = analysis.workloadPairs(from: "billing-prod", to: "billing-prod")
    #expect(pairs.contains { $0.source.description.hasSuffix("[ReplicaSet]") })
  }

  @Test("every peer maps to the top controller of its pods")
  func peersMapToWorkloads() throws {
    let (analysis, _) = try Self.analysis()
    let model = analysis.model
    let workloads = Set(analysis.snapshot.workloads.map(\.key))
    #expect(model.workloadOfPeer.count == model.peers.count)
    for (peer, key) in zip(model.peers, model.workloadOfPeer) {
      #expect(workloads.contains(key))
      #expect(key.namespace == peer.namespace)
      if peer.kind != "ReplicaSet" && peer.kind != "Job" { #expect(key.name == peer.name) }
    }
  }
}

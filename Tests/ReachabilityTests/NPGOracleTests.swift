import Foundation
import KubeModel
import Reachability
import Testing

@Suite("np-guard connlist oracle")
struct NPGOracleTests {
  @Test("connlist matches np-guard's golden output as a set", arguments: FixtureFiles.npgCases)
  func connlistMatches(_ name: String) throws {
    let root = try FixtureFiles.root.appendingPathComponent("netpol")
    let snapshot = try SnapshotLoader().load(
      paths: [root.appendingPathComponent("cases/\(name)").path])
    let expectedText = try String(
      contentsOf: root.appendingPathComponent("expected/\(name).txt"), encoding: .utf8)
    let actualText = ReachabilityAnalysis(snapshot: snapshot).connlist()
    let expected = NormalizedConnlist(text: expectedText)
    let actual = NormalizedConnlist(text: actualText)
    #expect(!expected.pairs.isEmpty)
    #expect(actual == expected, "\(actual.differences(from: expected).prefix(10))")
  }

  @Test(
    "connlist lines are sorted byte-wise and never list self pairs",
    arguments: FixtureFiles.npgCases)
  func connlistShape(_ name: String) throws {
    let root = try FixtureFiles.root.appendingPathComponent("netpol")
    let snapshot = try SnapshotLoader().load(
      paths: [root.appendingPathComponent("cases/\(name)").path])
    let lines = ReachabilityAnalysis(snapshot: snapshot).connections()
    let keys = lines.map { ($0.source.description, $0.destination.description) }
    for (a, b) in zip(keys, keys.dropFirst()) {
      let ordered =
        a.0 != b.0
        ? a.0.utf8.lexicographicallyPrecedes(b.0.utf8)
        : a.1.utf8.lexicographicallyPrecedes(b.1.utf8)
      #expect(ordered, "\(a) before \(b)")
    }
    #expect(lines.allSatisfy { $0.source != $0.destination && !$0.connections.isEmpty })
  }

  @Test("minikube static pods are named [Pod] and a ReplicaSet owner is not lifted")
  func namingOfStaticPodsAndReplicaSets() throws {
    let root = try FixtureFiles.root.appendingPathComponent("netpol/cases/minikube_resources")
    let analysis = ReachabilityAnalysis(snapshot: try SnapshotLoader().load(paths: [root.path]))
    let names = Set(analysis.model.peers.map(\.description))
    #expect(names.contains("kube-system/etcd-minikube[Pod]"))
    #expect(names.contains("kube-system/coredns-64897985d[ReplicaSet]"))
    #expect(!names.contains { $0.hasSuffix("[Node]") || $0.hasSuffix("[Deployment]") })
  }
}

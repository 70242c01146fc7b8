import KubeModel
import Reachability
import Testing

@Suite("Cell workload pairs and overview")
struct CellPairsTests {
  @Test(
    "a cell's workload pairs agree with the connectivity list, denied pairs included",
    arguments: ExplainTests.policySets.indices)
  func pairsAgreeWithConnlist(_ index: Int) throws {
    let analysis = try XYZCluster(ExplainTests.policySets[index]).analysis
    for from in XYZCluster.namespaces {
      for to in XYZCluster.namespaces {
        let pairs = analysis.workloadPairs(from: from, to: to)
        #expect(pairs.count == (from == to ? 6 : 9))
        #expect(
          pairs.filter { !$0.connections.isEmpty } == analysis.connections(from: from, to: to))
      }
    }
  }

  @Test("the overview bundles matrix, findings and assumptions")
  func overview() throws {
    let analysis = try XYZCluster().analysis
    let overview = ReachabilityOverview(analysis)
    #expect(overview.matrix.namespaces == ["x", "y", "z"])
    #expect(overview.findings == analysis.findings())
    #expect(overview.workloadCount == 9 && overview.policyCount == 0)
    #expect(!overview.assumptions.isEmpty)
  }
}

import KubeModel
import Reachability
import Testing

/// The matrix's aggregates (crossing counts and groups, verdict rows, blocks) agree with what
/// adding up its cells one by one gives, on the demo and on every policy set of the explain
/// tests.
@Suite("Namespace matrix aggregates")
struct MatrixAggregateTests {
  static func matrices() throws -> [NamespaceMatrix] {
    let demo = try DemoSnapshotTests.analysis().1.matrix
    return try [demo]
      + ExplainTests.policySets.map { try XYZCluster($0).analysis.matrix() }
  }

  @Test("on the demo (many workloads per class), every cell's counts equal the connectivity list")
  func demoCellsAgreeWithConnlist() throws {
    let (analysis, overview) = try DemoSnapshotTests.analysis()
    let matrix = overview.matrix
    var checked = 0
    for cell in matrix.cells {
      let lines = analysis.connections(from: cell.from, to: cell.to)
      #expect(lines.count == cell.connectedPairCount, "\(cell.from)->\(cell.to)")
      #expect(lines.filter(\.connections.isAll).count == cell.fullyOpenPairCount)
      #expect(lines.reduce(ConnectionSet.none) { $0.union($1.connections) } == cell.ports)
      checked += cell.connectedPairCount
    }
    #expect(checked > 100)
  }

  @Test("crossing counts equal the number of crossings found pair by pair")
  func crossingCounts() throws {
    for matrix in try Self.matrices() {
      let pairwise = matrix.namespaces.indices.flatMap { a in
        matrix.namespaces.indices.compactMap { matrix.environmentCrossing(from: a, to: $0) }
      }
      #expect(matrix.environmentCrossingCount == pairwise.count)
      #expect(
        matrix.developmentToProductionCount == pairwise.filter(\.isDevelopmentToProduction).count)
      #expect(matrix.environmentCrossings == pairwise)
    }
    let demo = try DemoSnapshotTests.analysis().1.matrix
    #expect(demo.environmentCrossingCount > 2)
  }

  @Test("crossing groups hold each destination's sources per environment")
  func crossingGroups() throws {
    for matrix in try Self.matrices() {
      for b in matrix.namespaces.indices {
        let crossings = matrix.environmentCrossings(into: b)
        let groups = matrix.environmentCrossingGroups(into: b, examples: 2)
        #expect(groups.reduce(0) { $0 + $1.sourceCount } == crossings.count)
        for group in groups {
          let members = crossings.filter { $0.fromEnvironment == group.fromEnvironment }
          #expect(group.sourceCount == members.count)
          #expect(group.examples == Array(members.map(\.from).prefix(2)))
          #expect(group.ports == members.reduce(ConnectionSet.none) { $0.union($1.ports) })
        }
      }
    }
  }

  @Test("a verdict row equals the cells' verdicts")
  func verdictRows() throws {
    for matrix in try Self.matrices() {
      for a in matrix.namespaces.indices {
        #expect(
          matrix.verdictRow(from: a)
            == matrix.namespaces.indices.map {
              matrix.verdict(from: a, to: $0)
            })
      }
    }
  }

  @Test("a block sums its cells, for single cells, rows and the whole matrix")
  func blocks() throws {
    for matrix in try Self.matrices() {
      let all = Array(matrix.namespaces.indices)
      var blocks = [(all, all)] + all.map { ([$0], all) } + all.map { (all, [$0]) }
      blocks += all.prefix(4).flatMap { a in all.prefix(4).map { ([a], [$0]) } }
      for (sources, destinations) in blocks {
        let cells = sources.flatMap { a in destinations.compactMap { matrix.cell(from: a, to: $0) }
        }
        let block = matrix.block(from: sources, to: destinations)
        #expect(block.pairCount == cells.reduce(0) { $0 + $1.pairCount })
        #expect(block.connectedPairCount == cells.reduce(0) { $0 + $1.connectedPairCount })
        #expect(block.fullyOpenPairCount == cells.reduce(0) { $0 + $1.fullyOpenPairCount })
        #expect(block.ports == cells.reduce(ConnectionSet.none) { $0.union($1.ports) })
        let verdicts = Set(cells.map(\.verdict))
        let expected: MatrixVerdict? =
          verdicts.isEmpty ? nil : verdicts.count == 1 ? verdicts.first : .partial
        #expect(block.verdict == expected)
      }
    }
  }

  @Test("several dev sources of one destination make one finding naming them")
  func groupedFinding() throws {
    let (analysis, _) = try DemoSnapshotTests.analysis()
    let findings = analysis.findings().filter {
      $0.rule == NetworkRules.environmentCrossing.id && $0.target.name == "shop-test"
    }
    #expect(
      findings.map(\.message) == [
        "2 dev namespaces → shop-test (test) allowed: All Connections (billing-dev, shop-dev)"
      ])
  }
}

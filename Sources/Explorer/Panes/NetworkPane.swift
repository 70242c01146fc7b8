import Baseline
import Reachability
import TerminalUI

/// The Network tab: the namespace × namespace reachability matrix as a heat map (rows from,
/// columns to; glyph and colour per verdict), with isolation coverage and network findings.
///
/// - The cursor over a cell shows its verdict and ports (from the precomputed matrix) in the
///   side panel (≥ 120 columns) or under the grid; `z` folds system namespaces into one row
///   and column (folded at first).
/// - Enter on a cell lists its workload pairs with their connections (computed for those two
///   namespaces only, on enter); enter on a pair explains it (egress, ingress, the policies
///   and rules that allow which ports).
/// - Enter on a namespace name (a row or column header) lists its network findings, on the
///   corner every network finding (`x` marks an exception on one).
public struct NetworkPane: Pane {
  /// The tab.
  public let id = PaneID.network
  /// The first view: the heat map.
  public let root: PaneView
  /// The Overview line: isolated namespaces, dev → prod paths, findings.
  public let headline: StyledLine?
  private let analysis: ReachabilityAnalysis?
  private let overview: ReachabilityOverview?
  private let heatMap: NetworkHeatMap?
  private let findings: NetworkFindings
  private let report: BaselineReport

  /// Builds the heat maps and indexes the network findings.
  ///
  /// - Complexity: O(*n*²) in the namespaces plus O(*f*) in the findings.
  public init(input: ExplorerInput) {
    report = input.report
    findings = NetworkFindings(report: input.report)
    guard let analysis = input.context.reachability, let overview = input.context.network else {
      root = .notAnalysed(
        .network,
        explanation:
          "Network: not analysed. NetworkPolicy reachability was not computed for this input.")
      headline = nil
      self.analysis = nil
      self.overview = nil
      heatMap = nil
      return
    }
    let heatMap = NetworkHeatMap(matrix: overview.matrix)
    self.analysis = analysis
    self.overview = overview
    self.heatMap = heatMap
    let unscheduled = analysis.model.unscheduledCount
    headline = NetworkText.headline(
      overview, findings: findings.all.count, unscheduled: unscheduled)
    root = PaneView(
      id: "root", title: PaneID.network.title,
      summary: NetworkText.summary(
        overview, findings: findings.all.count, system: heatMap.system.count,
        unscheduled: unscheduled),
      body: .grid(heatMap.full, fold: heatMap.fold))
  }

  /// A cell's workload pairs, a namespace's findings, a pair's explanation or a finding's
  /// detail.
  ///
  /// - Complexity: a cell computes its namespaces' workload pairs; a pair its explanation;
  ///   the rest are lookups.
  public func drill(into row: String, of view: PaneView) -> PaneView? {
    guard let analysis, let overview, let heatMap else { return nil }
    if let finding = findings.byID[row] {
      return FindingPresentation.detail(finding, rule: report.rule(of: finding), id: row)
    }
    if row.hasPrefix("pair/") { return NetworkDrillViews.explanation(of: row, analysis: analysis) }
    guard view.id == "root" else { return nil }
    if let (from, to) = GridData.split(row) {
      let cell = NetworkCellSummary(
        matrix: overview.matrix, from: heatMap.namespaces(of: from),
        to: heatMap.namespaces(of: to))
      return NetworkDrillViews.pairs(cell, analysis: analysis, id: row)
    }
    let namespaces = heatMap.namespaces(of: row)
    guard !namespaces.isEmpty else { return nil }
    return NetworkDrillViews.namespace(
      namespaces, id: row, overview: overview, findings: findings)
  }

  /// The selected cell's verdict, ports and pair counts, then coverage and findings of its
  /// namespaces; a finding's detail beside the findings list.
  ///
  /// - Complexity: O(*a*·*b*) cell lookups for a cell of the fold group, O(*n* + *f*) for
  ///   the coverage and findings lines.
  public func preview(of row: String, in view: PaneView) -> [StyledLine]? {
    guard let overview, let heatMap else { return nil }
    if let finding = findings.byID[row] {
      guard
        case .text(let lines) = FindingPresentation.detail(
          finding, rule: report.rule(of: finding), id: row
        ).body
      else { return nil }
      return lines
    }
    guard view.id == "root" else { return nil }
    if let (from, to) = GridData.split(row) {
      let cell = NetworkCellSummary(
        matrix: overview.matrix, from: heatMap.namespaces(of: from),
        to: heatMap.namespaces(of: to))
      return NetworkText.cellPreview(
        cell, crossings: heatMap.crossings(from: cell.from, to: cell.to), overview: overview,
        findings: findings)
    }
    let namespaces = heatMap.namespaces(of: row)
    guard !namespaces.isEmpty else { return nil }
    return NetworkText.namespacePreview(namespaces, overview: overview, findings: findings)
  }

  /// The network finding behind a findings row.
  public func finding(for row: String, in view: PaneView) -> BaselineFinding? {
    findings.byID[row]
  }
}

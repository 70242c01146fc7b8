import Baseline
import Reachability
import TerminalUI

/// The views behind the heat map: a cell's workload pairs, a pair's explanation, and a
/// namespace's findings.
enum NetworkDrillViews {
  /// The separator inside a pair's row id (`pair/<source> => <destination>`).
  static let pairSeparator = " => "

  /// The workload pairs of a cell with their connections (denied pairs included).
  ///
  /// - Complexity: one ``ReachabilityAnalysis/workloadPairs(from:to:)`` per namespace pair of
  ///   the cell (evaluates those namespaces' classes only).
  static func pairs(
    _ cell: NetworkCellSummary, analysis: ReachabilityAnalysis, id: String
  ) -> PaneView {
    let pairs = cell.from.flatMap { a in
      cell.to.flatMap { b in analysis.workloadPairs(from: a, to: b) }
    }
    // Connected pairs first, each part in the engine's order (source, then destination).
    let connections =
      pairs.filter { !$0.connections.isEmpty } + pairs.filter(\.connections.isEmpty)
    let qualified = cell.from.count > 1 || cell.to.count > 1
    func name(_ end: ReachabilityEndpoint) -> String {
      guard !qualified, case .workload(let peer) = end else { return end.description }
      return "\(peer.name)[\(peer.kind)]"
    }
    let rows = connections.map { pair in
      let verdict: MatrixVerdict =
        pair.connections.isAll ? .all : pair.connections.isEmpty ? .none : .partial
      return TableRow(
        id: "pair/\(pair.source)\(pairSeparator)\(pair.destination)",
        cells: [
          TableCell(name(pair.source)), TableCell(name(pair.destination)),
          TableCell(
            pair.connections.isEmpty ? "denied" : pair.connections.description,
            role: NetworkText.role(of: verdict)),
        ])
    }
    let all = analysis.model.namespaces.count
    let title = "\(NetworkText.name(cell.from, all: all)) -> \(NetworkText.name(cell.to, all: all))"
    let summary = StyledLine([
      Span(cell.verdict?.rawValue ?? "no workload pair", NetworkText.role(of: cell.verdict)),
      Span(cell.verdict == nil ? "" : ": \(cell.ports)"),
      Span(
        "  \(cell.connected) of \(cell.pairs) pairs connected; enter explains a pair", .dim),
    ])
    return PaneView(
      id: "pairs/\(id)", title: title, summary: [summary],
      body: .table(
        TableData(
          columns: [
            TableColumn("FROM", flexible: true, minWidth: 12),
            TableColumn("TO", flexible: true, minWidth: 12),
            TableColumn("CONNECTIONS", flexible: true, minWidth: 10),
          ], rows: rows, emptyMessage: "no workload pair between these namespaces")))
  }

  /// Why a pair's traffic is allowed or denied: egress of the source, ingress of the
  /// destination, the policies and rules and their ports.
  static func explanation(of row: String, analysis: ReachabilityAnalysis) -> PaneView? {
    let text = row.dropFirst("pair/".count)
    guard let range = text.range(of: pairSeparator) else { return nil }
    let source = String(text[..<range.lowerBound])
    let destination = String(text[range.upperBound...])
    var lines: [StyledLine]
    do {
      let explanations = try analysis.explain(from: source, to: destination)
      lines = ExplanationText.render(explanations).split(
        separator: "\n", omittingEmptySubsequences: false
      )
      .map { line in
        let text = String(line)
        let indent = text.prefix { $0 == " " }.count
        return StyledLine([Span(text, style(ofExplanationLine: text))], hangingIndent: indent + 2)
      }
    } catch {
      lines = [StyledLine("\(error)", .error)]
    }
    return PaneView(
      id: "explain/\(text)", title: "\(short(source)) -> \(short(destination))",
      body: .text(lines))
  }

  /// A namespace's (or the group's) coverage and its findings.
  static func namespace(
    _ namespaces: [String], id: String, overview: ReachabilityOverview,
    findings: NetworkFindings
  ) -> PaneView {
    let rows = findings.indices(in: Set(namespaces)).map {
      FindingPresentation.row(findings.all[$0], id: NetworkFindings.id($0))
    }
    let coverage = overview.matrix.coverage.filter { namespaces.contains($0.namespace) }
    let pods = coverage.reduce(0) { $0 + $1.pods }
    let ingress = coverage.reduce(0) { $0 + $1.ingressIsolatedPods }
    let egress = coverage.reduce(0) { $0 + $1.egressIsolatedPods }
    let policies = coverage.reduce(0) { $0 + $1.policies }
    var summary: [StyledLine] = [
      StyledLine(
        "\(pods) pods: \(ingress) isolated for ingress, \(egress) for egress; "
          + "\(policies) NetworkPolicies")
    ]
    if namespaces.count > 1 && namespaces.count < overview.matrix.namespaces.count {
      summary.append(StyledLine(namespaces.joined(separator: ", "), .dim))
    }
    return PaneView(
      id: "namespace/\(id)",
      title: NetworkText.name(namespaces, all: overview.matrix.namespaces.count), summary: summary,
      body: .table(
        TableData(
          columns: FindingPresentation.columns, rows: rows,
          emptyMessage: "no network findings here")))
  }

  private static func style(ofExplanationLine line: String) -> StyleRole {
    if !line.hasPrefix(" ") { return .title }
    if line.contains("allows: No Connections") || line.contains(" no ") { return .verdictDeny }
    if line.contains("allows:") || line.contains("allowed") { return .verdictAllow }
    return .body
  }

  /// `api[Deployment]` from `ns/api[Deployment]`.
  private static func short(_ peer: String) -> String {
    peer.split(separator: "/", maxSplits: 1).last.map(String.init) ?? peer
  }
}

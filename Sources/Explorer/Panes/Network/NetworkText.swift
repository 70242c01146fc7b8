import Baseline
import Reachability
import TerminalUI

/// The Network pane's lines: headline, summary, legend and the previews of cells and
/// namespaces (all from the precomputed matrix and findings).
enum NetworkText {
  /// The most lines of coverage or findings a preview lists.
  static let previewLimit = 40

  /// The role of a verdict (the heat map's colour).
  static func role(of verdict: MatrixVerdict?) -> StyleRole {
    switch verdict {
    case .all?: .verdictAllow
    case .partial?: .verdictPartial
    case .none?: .verdictDeny
    case nil: .dim
    }
  }

  /// `3 of 16 namespaces isolated, 1 dev->prod path, 32 findings`.
  static func headline(_ overview: ReachabilityOverview, findings: Int, unscheduled: Int)
    -> StyledLine
  {
    let withPods = overview.matrix.coverage.filter { $0.pods > 0 }
    if withPods.isEmpty {
      return StyledLine(
        "no workloads analysed" + (unscheduled > 0 ? " (\(unscheduled) unscheduled pods)" : ""),
        .warning)
    }
    let isolated = withPods.filter { $0.ingressIsolatedPods == $0.pods }.count
    let devToProd = overview.matrix.developmentToProductionCount
    var parts = ["\(isolated) of \(withPods.count) namespaces isolated"]
    parts.append("\(devToProd) dev->prod path\(devToProd == 1 ? "" : "s")")
    parts.append("\(findings) finding\(findings == 1 ? "" : "s")")
    return StyledLine(parts.joined(separator: ", "), devToProd > 0 ? .severityHigh : .body)
  }

  /// The lines above the heat map: facts, environment crossings, legend and keys.
  static func summary(
    _ overview: ReachabilityOverview, findings: Int, system: Int, unscheduled: Int
  ) -> [StyledLine] {
    let coverage = overview.matrix.coverage.filter { $0.pods > 0 }
    let ingress = coverage.filter { $0.ingressIsolatedPods == $0.pods }.count
    let egress = coverage.filter { $0.egressIsolatedPods == $0.pods }.count
    var lines: [StyledLine] = [
      coverage.isEmpty
        ? StyledLine("no workloads analysed; \(overview.policyCount) policies", .warning)
        : StyledLine(
          "\(ingress)/\(coverage.count) namespaces isolated for ingress, \(egress) for egress; "
            + "\(overview.policyCount) policies, \(findings) findings")
    ]
    if unscheduled > 0 {
      lines.append(
        StyledLine(
          "\(unscheduled) pods without hostIP or pod IP excluded as unscheduled (as np-guard)",
          .warning))
    }
    let matrix = overview.matrix
    if matrix.environmentCrossingCount > 0 {
      let devToProd = matrix.developmentToProductionCount
      let example = Self.exampleCrossing(matrix, developmentToProduction: devToProd > 0)
      lines.append(
        StyledLine(
          "\(matrix.environmentCrossingCount) environment crossings, \(devToProd) dev->prod"
            + (example.map { ": \($0.from) -> \($0.to) \($0.ports)" } ?? ""), .severityHigh))
    }
    var legend: [Span] = []
    for verdict in MatrixVerdict.allCases {
      legend.append(Span(String(MatrixText.glyph(verdict)), role(of: verdict)))
      legend.append(Span(" \(verdict.rawValue)  ", .dim))
    }
    legend.append(Span("(rows from, columns to)  enter: open", .dim))
    if system > 0 { legend.append(Span("  z: system ns", .dim)) }
    lines.append(StyledLine(legend))
    return lines
  }

  /// The first crossing in namespace order (a development → production one when asked).
  ///
  /// - Complexity: O(*n*) per destination tried; stops at the first destination with one.
  static func exampleCrossing(_ matrix: NamespaceMatrix, developmentToProduction: Bool)
    -> EnvironmentCrossing?
  {
    for b in matrix.namespaces.indices {
      let groups = matrix.environmentCrossingGroups(into: b, examples: 1).filter {
        !developmentToProduction || $0.isDevelopmentToProduction
      }
      guard let group = groups.first, let source = group.examples.first,
        let a = matrix.index(of: source)
      else { continue }
      return matrix.environmentCrossing(from: a, to: b)
    }
    return nil
  }

  /// The preview of a cell: its facts first (the footer shows the first lines), then the
  /// coverage of both ends and their findings.
  static func cellPreview(
    _ cell: NetworkCellSummary, crossings: [EnvironmentCrossing], overview: ReachabilityOverview,
    findings: NetworkFindings
  ) -> [StyledLine] {
    let all = overview.matrix.namespaces.count
    let title = "\(name(cell.from, all: all)) -> \(name(cell.to, all: all))"
    var lines: [StyledLine] = [
      StyledLine([
        Span(title, .title), Span("  "),
        Span(cell.verdict?.rawValue ?? "no workload pair", role(of: cell.verdict)),
        Span(cell.verdict == nil ? "" : ": \(cell.ports)"),
      ]),
      StyledLine(
        cell.pairs == 0
          ? "no workload pair between these namespaces"
          : "\(cell.connected) of \(cell.pairs) workload pairs connected, \(cell.fullyOpen) "
            + "on all ports; enter lists them", .dim),
    ]
    for crossing in crossings {
      lines.append(
        StyledLine(
          "environment crossing \(crossing.fromEnvironment) -> \(crossing.toEnvironment): "
            + "\(crossing.from) -> \(crossing.to)", .severityHigh))
    }
    lines.append("")
    lines += coverageLines(overview, highlight: Set(cell.from + cell.to))
    lines += findingLines(findings, namespaces: Set(cell.from + cell.to))
    return lines
  }

  /// The preview of a row header: the namespaces' coverage and findings.
  static func namespacePreview(
    _ namespaces: [String], overview: ReachabilityOverview, findings: NetworkFindings
  ) -> [StyledLine] {
    [
      StyledLine(name(namespaces, all: overview.matrix.namespaces.count), .title),
      StyledLine("enter lists the network findings", .dim), "",
    ]
      + coverageLines(overview, highlight: Set(namespaces))
      + findingLines(findings, namespaces: Set(namespaces))
  }

  /// Isolation coverage of every namespace with workloads, the highlighted ones marked.
  static func coverageLines(_ overview: ReachabilityOverview, highlight: Set<String>)
    -> [StyledLine]
  {
    let coverage = overview.matrix.coverage
    let withPods = coverage.count { $0.pods > 0 }
    let rows: [NamespaceCoverage]
    if withPods <= previewLimit {
      rows = coverage.filter { $0.pods > 0 }
    } else {
      let selected = highlight.sorted().compactMap { overview.matrix.index(of: $0) }
        .map { coverage[$0] }.filter { $0.pods > 0 }
      let others = coverage.lazy.filter { $0.pods > 0 && !highlight.contains($0.namespace) }
      rows = selected + others.prefix(previewLimit)
    }
    let width = min(24, rows.map(\.namespace.count).max() ?? 9)
    var lines: [StyledLine] = [
      StyledLine("Isolation coverage", .title),
      StyledLine("  \("NAMESPACE".padded(toWidth: width)) PODS  INGRESS EGRESS ENV", .dim),
    ]
    for row in rows {
      let marked = highlight.contains(row.namespace)
      let env = overview.matrix.environments[row.namespace] ?? "-"
      let text =
        "\(marked ? ">" : " ") \(row.namespace.padded(toWidth: width)) "
        + "\(String(row.pods).padded(toWidth: 4, alignRight: true))  "
        + "\(percent(row.ingressCoverage).padded(toWidth: 7, alignRight: true)) "
        + "\(percent(row.egressCoverage).padded(toWidth: 6, alignRight: true)) \(env)"
      let open = row.ingressIsolatedPods < row.pods
      lines.append(StyledLine(text, marked ? .title : open ? .warning : .body))
    }
    if rows.count < withPods {
      lines.append(StyledLine("+\(withPods - rows.count) more namespaces", .dim))
    }
    return lines
  }

  /// The findings of some namespaces, one line each.
  static func findingLines(_ findings: NetworkFindings, namespaces: Set<String>)
    -> [StyledLine]
  {
    let shown = findings.indices(in: namespaces)
    guard !shown.isEmpty else { return [] }
    var lines: [StyledLine] = ["", StyledLine("Findings (\(shown.count))", .title)]
    for finding in shown.prefix(previewLimit).map({ findings.all[$0] }) {
      let f = finding.finding
      var spans = [
        Span(f.severity.rawValue.padded(toWidth: 7), FindingPresentation.role(of: f.severity)),
        Span(" \(f.target.kind)/\(f.target.name): \(f.message)"),
      ]
      if finding.status != .open {
        spans.append(
          Span(
            " (\(FindingPresentation.badge(of: finding)))", FindingPresentation.rowRole(of: finding)
          ))
      }
      lines.append(StyledLine(spans, hangingIndent: 8))
    }
    if shown.count > previewLimit {
      lines.append(
        StyledLine("+\(shown.count - previewLimit) more; enter on a name lists them", .dim))
    }
    return lines
  }

  /// `shop-dev`, `system (4 namespaces)` for the group, `all namespaces` for the corner.
  static func name(_ namespaces: [String], all: Int) -> String {
    namespaces.count == 1
      ? namespaces[0]
      : namespaces.count == all ? "all namespaces" : "system (\(namespaces.count) namespaces)"
  }

  private static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}

import Baseline
import KubeModel
import TerminalUI

/// The findings the Workloads pane shows, each with its one table row: every finding of a
/// workload (from any engine) and every `workload`, `secrets` and `logging` finding (namespace
/// labels, Secrets, ConfigMaps, cluster-wide heuristics).
///
/// A finding's row id is `f/<position in the report>` in every view of the pane, so one lookup
/// serves drill-down, preview and `x`.
struct WorkloadsFindingIndex: Sendable {
  /// The domains whose findings belong here even without a workload target.
  static let domains: Set<Domain> = [.workload, .secrets, .logging]

  /// Every finding of the report, in report order.
  let all: [BaselineFinding]
  /// Positions in ``all`` of the pane's findings, in report order.
  let scope: [Int]
  /// The table row of each finding in ``scope``.
  private let rows: [Int: TableRow]
  /// The position of each finding in ``all`` (the first, for identical findings).
  private let positions: [BaselineFinding: Int]

  /// Indexes a report's findings.
  ///
  /// - Complexity: O(*f*) for *f* findings.
  init(_ report: BaselineReport) {
    all = report.findings
    var positions: [BaselineFinding: Int] = [:]
    positions.reserveCapacity(all.count)
    for (i, finding) in all.enumerated() where positions[finding] == nil { positions[finding] = i }
    self.positions = positions
    var inScope = [Bool](repeating: false, count: all.count)
    for (i, finding) in all.enumerated() where Self.domains.contains(finding.finding.domain) {
      inScope[i] = true
    }
    for summary in report.workloads {
      for finding in summary.findings { if let i = positions[finding] { inScope[i] = true } }
    }
    scope = inScope.indices.filter { inScope[$0] }
    var rows: [Int: TableRow] = [:]
    rows.reserveCapacity(scope.count)
    for i in scope { rows[i] = FindingPresentation.row(all[i], id: Self.rowID(i)) }
    self.rows = rows
  }

  /// `f/12`.
  static func rowID(_ position: Int) -> String { "f/\(position)" }

  /// The position a row id stands for, when it is a finding row of the pane.
  func position(ofRow id: String) -> Int? {
    guard id.hasPrefix("f/"), let i = Int(id.dropFirst(2)), rows[i] != nil else { return nil }
    return i
  }

  /// The position of a finding of the report.
  func position(of finding: BaselineFinding) -> Int? { positions[finding] }

  /// The table row of the finding at `position` (which must be in ``scope``).
  func row(_ position: Int) -> TableRow { rows[position]! }

  /// The table rows of findings, skipping any not in ``scope``.
  ///
  /// - Complexity: O(*n*).
  func rows(of findings: [BaselineFinding]) -> [TableRow] {
    findings.compactMap { position(of: $0).flatMap { rows[$0] } }
  }

  /// A findings table of finding rows (``FindingPresentation/columns``).
  static func table(_ rows: [TableRow], empty: String) -> PaneBody {
    .table(TableData(columns: FindingPresentation.columns, rows: rows, emptyMessage: empty))
  }
}

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
  /// Positions in ``all`` of each workload's findings, by the workload's index in the report.
  let byWorkload: [[Int]]
  /// Whether the finding at a position belongs to a workload.
  let isWorkloadFinding: [Bool]
  /// Whether the finding at a position is in ``scope``.
  private let inScope: [Bool]

  /// Indexes a report's findings (each workload row carries its findings' positions).
  ///
  /// - Complexity: O(*f*) for *f* findings.
  init(_ report: BaselineReport) {
    let all = report.findings
    self.all = all
    var ofWorkload = [Bool](repeating: false, count: all.count)
    byWorkload = report.workloads.map { summary in
      for i in summary.positions { ofWorkload[i] = true }
      return summary.positions
    }
    isWorkloadFinding = ofWorkload
    scope = all.indices.filter { ofWorkload[$0] || Self.domains.contains(all[$0].finding.domain) }
    var inScope = [Bool](repeating: false, count: all.count)
    for i in scope { inScope[i] = true }
    self.inScope = inScope
  }

  /// `f/12`.
  static func rowID(_ position: Int) -> String { "f/\(position)" }

  /// The position a row id stands for, when it is a finding row of the pane.
  func position(ofRow id: String) -> Int? {
    guard id.hasPrefix("f/"), let i = Int(id.dropFirst(2)), inScope.indices.contains(i),
      inScope[i]
    else { return nil }
    return i
  }

  /// The table row of the finding at `position` (built when asked: a 150,000-pod cluster has
  /// about a million findings, and a view shows only some of them).
  func row(_ position: Int) -> TableRow {
    FindingPresentation.row(all[position], id: Self.rowID(position))
  }

  /// A findings table of finding rows (``FindingPresentation/columns``).
  static func table(_ rows: [TableRow], empty: String) -> PaneBody {
    .table(TableData(columns: FindingPresentation.columns, rows: rows, emptyMessage: empty))
  }
}

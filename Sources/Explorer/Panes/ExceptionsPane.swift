import Baseline
import TerminalUI

/// The Exceptions tab: every exception of the file with its audit status (active, expiring,
/// expired, stale, invalid), filterable by status (`:status NAME`); enter shows the entry and the
/// findings it covers, `e` edits it and `d` deletes it (the explorer's reducer does both through
/// ``entry(at:of:)``).
public struct ExceptionsPane: Pane {
  /// The tab.
  public let id = PaneID.exceptions
  /// The first view: every exception.
  public let root: PaneView
  /// `5 (3 active, 1 expiring, 1 expired)`.
  public let headline: StyledLine?
  private let roots: [ExceptionStatus: PaneView]
  private let details: [String: PaneView]
  private let entries: [String: ExceptionEntry]

  /// Builds the table of exceptions and the detail view of each.
  ///
  /// - Complexity: O(*e* + *f*) in exceptions and the findings they cover.
  public init(input: ExplorerInput) {
    let audits = input.exceptionEvaluation.audits
    let counts = Dictionary(grouping: audits, by: \.status).mapValues(\.count)
    headline = Self.headline(total: audits.count, counts: counts)
    let rows = audits.map(ExceptionsPresentation.row)
    root = Self.table(rows: rows, summary: Self.summary(audits.count, counts, showing: nil))
    var roots: [ExceptionStatus: PaneView] = [:]
    for status in ExceptionStatus.allCases {
      let kept = zip(audits, rows).filter { $0.0.status == status }.map(\.1)
      roots[status] = Self.table(
        rows: kept, summary: Self.summary(audits.count, counts, showing: status),
        empty: "No \(status.rawValue) exceptions (:status all shows every exception).")
    }
    self.roots = roots
    details = Dictionary(
      uniqueKeysWithValues: audits.map { audit in
        let id = ExceptionsPresentation.rowID(audit.entry.id)
        return (
          id,
          PaneView(
            id: id, title: audit.entry.id,
            body: .text(ExceptionsPresentation.detail(audit, report: input.report)))
        )
      })
    entries = Dictionary(
      uniqueKeysWithValues: audits.map { (ExceptionsPresentation.rowID($0.entry.id), $0.entry) })
  }

  /// The root view showing only exceptions of `status` (nil: all).
  public func root(showing status: ExceptionStatus?) -> PaneView {
    status.flatMap { roots[$0] } ?? root
  }

  /// The entry of a row of the table, or of the entry's own view.
  public func entry(at row: String?, of view: PaneView) -> ExceptionEntry? {
    row.flatMap { entries[$0] } ?? entries[view.id]
  }

  /// The entry with its findings.
  public func drill(into row: String, of view: PaneView) -> PaneView? { details[row] }

  private static func table(rows: [TableRow], summary: [StyledLine], empty: String? = nil)
    -> PaneView
  {
    PaneView(
      id: "root", title: PaneID.exceptions.title, summary: summary,
      body: .table(
        TableData(
          columns: ExceptionsPresentation.columns, rows: rows,
          emptyMessage: empty
            ?? "No exceptions yet: press x on a finding (Admins, RBAC, Network, Workloads).")))
  }

  private static func summary(
    _ total: Int, _ counts: [ExceptionStatus: Int], showing: ExceptionStatus?
  ) -> [StyledLine] {
    let first = [Span("\(total) exception\(total == 1 ? "" : "s")", .title)] + countSpans(counts)
    let names = (ExceptionStatus.allCases.map(\.rawValue) + ["all"]).joined(separator: "|")
    let second =
      showing.map {
        StyledLine("showing \($0.rawValue) only; :status all shows every exception", .warning)
      } ?? StyledLine(":status \(names) filters; enter opens one", .dim)
    return [StyledLine(first), second]
  }

  private static func countSpans(_ counts: [ExceptionStatus: Int]) -> [Span] {
    let parts = ExceptionStatus.allCases.compactMap { status in
      counts[status].map {
        Span("\($0) \(status.rawValue)", ExceptionsPresentation.role(of: status))
      }
    }
    guard !parts.isEmpty else { return [] }
    var spans = [Span(" (")]
    for (i, part) in parts.enumerated() {
      if i > 0 { spans.append(Span(", ")) }
      spans.append(part)
    }
    return spans + [Span(")")]
  }

  private static func headline(total: Int, counts: [ExceptionStatus: Int]) -> StyledLine {
    guard total > 0 else { return StyledLine("none yet (x on a finding adds one)", .dim) }
    return StyledLine([Span("\(total)")] + countSpans(counts))
  }
}

import Baseline
import Hardening
import KubeModel
import TerminalUI

/// Every view model of the Workloads pane, built once from the baseline report: the root table,
/// the headline, the views behind rows and commands, and the side panels.
struct WorkloadsPaneViews {
  /// The table of workloads, worst first.
  let root: PaneView
  /// The Overview's line.
  let headline: StyledLine
  /// Views keyed by the row id that opens them (`ns/…`) or by the id of the view a command
  /// opens (`namespaces`, `rules`, `severities`, `secrets`); a workload's, a rule's and a
  /// severity's findings (`wl/…`, `rule/…`, `sev/…`) are built when opened.
  let views: [String: PaneView]
  /// Side panels of namespace rows (a workload's is built when asked: it is one small
  /// projection of its summary, and building 10⁴ of them up front costs more than it saves).
  let previews: [String: [StyledLine]]
  /// The namespace assessments by name.
  let assessments: [String: NamespaceAssessment]
  /// The position of the finding a namespace row stands for.
  let namespaceFindings: [String: Int]
  /// Rules with findings in the pane, in report order.
  let ruleIDs: [String]
  /// Each rule's findings (positions in the index).
  let ruleMembers: [String: [Int]]
  /// Each severity's findings (positions in the index).
  let severityMembers: [Severity: [Int]]
  /// Workloads with open findings, per severity.
  let severityAffected: [Severity: Int]

  /// Builds the views.
  ///
  /// - Complexity: O(*f* + *w* log *w* + *n* log *n*) in findings, workloads and namespaces.
  init(report: BaselineReport, index: WorkloadsFindingIndex) {
    let summaries = report.workloads
    let assessments = Dictionary(
      report.namespaces.map { ($0.namespace, $0) }, uniquingKeysWith: { a, _ in a })
    var views: [String: PaneView] = [:]
    var rows: [TableRow] = []
    var rowsByNamespace: [String: [TableRow]] = [:]
    for i in WorkloadsTable.worstFirst(summaries) {
      let summary = summaries[i]
      let row = WorkloadsTable.row(summary, id: WorkloadsTable.rowID(i))
      rows.append(row)
      rowsByNamespace[summary.namespace, default: []].append(row)
    }
    let namespaceOwn = Self.namespaceFindings(index)
    let namespaces = Self.namespaceViews(
      report, index: index, own: namespaceOwn, workloadRows: rowsByNamespace)
    views.merge(namespaces.views) { a, _ in a }
    let byRule = RuleFindingsViews.make(index, catalogue: report.catalogue)
    views[RuleFindingsViews.id] = byRule.table
    let bySeverity = SeverityFindingsViews.make(index, workloads: summaries)
    views[SeverityFindingsViews.id] = bySeverity.table
    views[SecretsLoggingView.id] = SecretsLoggingView.make(index)

    let open = WorkloadsTable.openCounts(index.scope.lazy.map { index.all[$0] })
    root = PaneView(
      id: "root", title: PaneID.workloads.title,
      summary: Self.summary(summaries, open: open, namespaces: report.namespaces),
      body: .table(
        TableData(
          columns: WorkloadsTable.columns, rows: rows,
          emptyMessage: "no workloads (controllers or pods) in the input")))
    headline = WorkloadsTable.headline(summaries, open: open)
    self.views = views
    previews = namespaces.previews
    self.assessments = assessments
    namespaceFindings = Dictionary(
      namespaceOwn.compactMap { name, positions in
        positions.first.map { (NamespacePostureView.rowID(name), $0) }
      }, uniquingKeysWith: { a, _ in a })
    ruleIDs = byRule.ids
    ruleMembers = byRule.members
    severityMembers = bySeverity.members
    severityAffected = bySeverity.affected
  }

  /// The namespaces table (keyed by its id), each namespace's detail and side panel (keyed by
  /// its row id); `own` holds each namespace's own findings, `workloadRows` its workloads' rows.
  ///
  /// - Complexity: O(*n* log *n* + *w*) in namespaces and workloads.
  static func namespaceViews(
    _ report: BaselineReport, index: WorkloadsFindingIndex, own: [String: [Int]],
    workloadRows: [String: [TableRow]]
  ) -> (views: [String: PaneView], previews: [String: [StyledLine]]) {
    let levels = Dictionary(
      report.workloads.map { ($0.workload, $0.level) }, uniquingKeysWith: { a, _ in a })
    var views: [String: PaneView] = [:]
    var previews: [String: [StyledLine]] = [:]
    for ns in report.namespaces {
      let id = NamespacePostureView.rowID(ns.namespace)
      let findingRows = (own[ns.namespace] ?? []).map {
        NamespacePostureView.findingRow(index.all[$0], id: WorkloadsFindingIndex.rowID($0))
      }
      views[id] = NamespacePostureView.detail(
        ns, findingRows: findingRows, workloadRows: workloadRows[ns.namespace] ?? [],
        levels: levels)
      previews[id] =
        [StyledLine(ns.namespace, .title), ""] + NamespacePostureView.lines(ns, levels: levels)
    }
    views[NamespacePostureView.id] = NamespacePostureView.make(
      report.namespaces, findings: own.mapValues { $0.map { index.all[$0] } })
    return (views, previews)
  }

  /// The positions of each namespace's own findings (label missing, invalid or weak).
  static func namespaceFindings(_ index: WorkloadsFindingIndex) -> [String: [Int]] {
    index.scope.reduce(into: [:]) { out, i in
      let target = index.all[i].finding.target
      if target.kind == "Namespace", target.namespace.isEmpty {
        out[target.name, default: []].append(i)
      }
    }
  }

  /// Levels met and open counts, namespace mismatches, and the commands.
  static func summary(
    _ summaries: [WorkloadSummary], open: [Severity: Int], namespaces: [NamespaceAssessment]
  ) -> [StyledLine] {
    let verdicts = namespaces.map(NamespacePostureView.Verdict.init)
    let rejecting = verdicts.count { $0 == .rejects }
    let unlabelled = verdicts.count { $0 == .unlabelled }
    var out = [
      WorkloadsLine.field(
        "Level met", WorkloadsTable.levelSpans(WorkloadsTable.levels(summaries))),
      WorkloadsLine.field("Open", WorkloadsTable.openSpans(open)),
    ]
    if rejecting + unlabelled > 0 {
      let one = rejecting == 1
      out.append(
        WorkloadsLine.field(
          "Labels",
          [
            Span(
              "\(rejecting) namespace\(one ? " rejects" : "s reject") workloads "
                + "\(one ? "it runs" : "they run"), ", rejecting > 0 ? .severityHigh : .body),
            Span("\(unlabelled) unlabelled", unlabelled > 0 ? .warning : .body),
            Span(" (:namespaces)", .dim),
          ]))
    }
    out.append(
      WorkloadsLine.field(
        "Views", ":namespaces  :rule [ID]  :severity [LEVEL]  :secrets  (? lists them)", .dim))
    return out
  }
}

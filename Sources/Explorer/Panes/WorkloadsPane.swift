import Baseline
import Hardening
import KubeModel
import TerminalUI

/// The Workloads tab: every workload with the strictest Pod Security Standards level it meets
/// and its open findings per severity, worst first.
///
/// - enter on a workload lists its findings (every engine's); enter on a finding shows its
///   field path, current value, why it matters and how to fix; `x` marks an exception on it.
/// - `:namespaces` compares each namespace's `enforce` label with what its workloads meet;
///   `:rule [ID]` and `:severity [LEVEL]` list findings by rule or severity; `:secrets` lists
///   the secrets and logging findings, including those that are not about a workload.
/// - `/` filters, `:ns` limits to a namespace and `s` sorts, in every view.
///
/// Every view is built in ``init(input:)``; drill-down, previews and commands are lookups,
/// except a finding's detail and a workload's view and side panel, which are small projections
/// of one finding and its rule, or of one workload's findings.
public struct WorkloadsPane: Pane {
  /// The tab.
  public let id = PaneID.workloads
  /// The table of workloads.
  public let root: PaneView
  /// `52 workloads, 12 privileged-level; 50 critical/high findings open`.
  public let headline: StyledLine?
  /// The pane's `:` commands.
  public var commands: [PaneCommand] { analysed ? WorkloadsCommands.all : [] }

  private let analysed: Bool
  private let findings: WorkloadsFindingIndex?
  private let catalogue: RuleCatalogue?
  /// Views behind rows (`wl/…`, `ns/…`, `rule/…`, `sev/…`) and commands (by view id).
  private let views: [String: PaneView]
  /// Side panels of namespace rows.
  private let previews: [String: [StyledLine]]
  /// The report's workload rows, for their side panels.
  private let workloads: [WorkloadSummary]
  /// The namespace assessments by name, for workloads' side panels.
  private let assessments: [String: NamespaceAssessment]
  /// The finding a namespace row stands for (its missing or weak label).
  private let namespaceFindings: [String: Int]
  /// Rules with findings here, in report order.
  private let ruleIDs: [String]
  /// Each rule's findings and each severity's (positions in ``findings``), and workloads
  /// with open findings per severity, for the views built when opened.
  private let ruleMembers: [String: [Int]]
  private let severityMembers: [Severity: [Int]]
  private let severityAffected: [Severity: Int]

  /// Builds every view from the baseline report.
  ///
  /// - Complexity: O(*f* + *w* log *w* + *n* log *n*) in findings, workloads and namespaces.
  public init(input: ExplorerInput) {
    let report = input.report
    guard report.catalogue.rules.contains(where: { $0.domain == .workload }) else {
      root = .notAnalysed(
        .workloads,
        explanation:
          "Workloads: not analysed. The hardening engine did not run on this snapshot, so there "
          + "are no Pod Security levels or workload findings to show.")
      (headline, analysed, findings, catalogue) = (nil, false, nil, nil)
      (views, previews, namespaceFindings, ruleIDs) = ([:], [:], [:], [])
      (workloads, assessments) = ([], [:])
      (ruleMembers, severityMembers, severityAffected) = ([:], [:], [:])
      return
    }
    let index = WorkloadsFindingIndex(report)
    let build = WorkloadsPaneViews(report: report, index: index)
    root = build.root
    headline = build.headline
    views = build.views
    previews = build.previews
    workloads = report.workloads
    assessments = build.assessments
    namespaceFindings = build.namespaceFindings
    ruleIDs = build.ruleIDs
    ruleMembers = build.ruleMembers
    severityMembers = build.severityMembers
    severityAffected = build.severityAffected
    analysed = true
    findings = index
    catalogue = report.catalogue
  }

  /// The view behind a workload, namespace, rule, severity or finding row.
  ///
  /// - Complexity: O(*f*) for a workload with *f* findings (built when opened), else a lookup.
  public func drill(into row: String, of view: PaneView) -> PaneView? {
    if let i = findings?.position(ofRow: row), let finding = findings?.all[i] {
      return FindingPresentation.detail(
        finding, rule: catalogue?.rule(id: finding.finding.rule), id: row)
    }
    if let i = WorkloadsTable.index(ofRow: row), workloads.indices.contains(i), let findings {
      let summary = workloads[i]
      return WorkloadDetailView.make(
        summary, id: String(i), namespace: assessments[summary.namespace],
        rows: findings.byWorkload[i].map(findings.row))
    }
    return views[row] ?? findingsView(row)
  }

  /// A rule's or a severity's findings (`rule/…`, `sev/…`), built when opened.
  ///
  /// - Complexity: O(*k*) for the *k* findings shown.
  private func findingsView(_ id: String) -> PaneView? {
    guard let findings, let catalogue else { return nil }
    if id.hasPrefix("rule/"), let members = ruleMembers[String(id.dropFirst(5))] {
      return RuleFindingsViews.view(
        String(id.dropFirst(5)), members: members, index: findings, catalogue: catalogue)
    }
    if id.hasPrefix("sev/"), let severity = Severity(rawValue: String(id.dropFirst(4))) {
      return SeverityFindingsViews.view(
        severity, members: severityMembers[severity] ?? [],
        affected: severityAffected[severity] ?? 0, index: findings)
    }
    return nil
  }

  /// A workload's level and findings, a namespace's label against its workloads, a rule's
  /// rationale, or a finding's detail.
  public func preview(of row: String, in view: PaneView) -> [StyledLine]? {
    if let preview = previews[row] { return preview }
    if let i = WorkloadsTable.index(ofRow: row), workloads.indices.contains(i) {
      let summary = workloads[i]
      return WorkloadDetailView.preview(summary, namespace: assessments[summary.namespace])
    }
    if row.hasPrefix("f/"), case .text(let lines)? = drill(into: row, of: view)?.body {
      return lines
    }
    if row.hasPrefix("rule/"), let rule = catalogue?.rule(id: String(row.dropFirst(5))) {
      return [
        StyledLine(rule.title, .title), "", StyledLine(rule.summary), "",
        StyledLine("Why it matters", .title), StyledLine(rule.rationale), "",
        StyledLine("How to fix", .title), StyledLine(rule.remediation),
      ]
    }
    return nil
  }

  /// The finding of a finding row, or a namespace row's own finding (missing or weak label).
  public func finding(for row: String, in view: PaneView) -> BaselineFinding? {
    guard let findings else { return nil }
    if let i = findings.position(ofRow: row) ?? namespaceFindings[row] { return findings.all[i] }
    return nil
  }

  /// Opens `:namespaces`, `:rule [ID]`, `:severity [LEVEL]` or `:secrets`.
  public func run(_ command: PaneCommand, argument: String) -> Result<PaneView, PaneCommandError> {
    let word = argument
    let key: Result<String, PaneCommandError>
    switch command.name {
    case WorkloadsCommands.namespaces.name: key = .success(NamespacePostureView.id)
    case WorkloadsCommands.secrets.name: key = .success(SecretsLoggingView.id)
    case WorkloadsCommands.rule.name:
      key =
        word.isEmpty
        ? .success(RuleFindingsViews.id)
        : RuleFindingsViews.resolve(word, among: ruleIDs).map(RuleFindingsViews.rowID)
    case WorkloadsCommands.severity.name:
      key =
        word.isEmpty
        ? .success(SeverityFindingsViews.id)
        : SeverityFindingsViews.resolve(word).map(SeverityFindingsViews.rowID)
    default: key = .failure(PaneCommandError("this tab has no command :\(command.name)"))
    }
    return key.flatMap { id in
      (views[id] ?? findingsView(id)).map { .success($0) }
        ?? .failure(PaneCommandError("nothing to show for \(id)"))
    }
  }
}

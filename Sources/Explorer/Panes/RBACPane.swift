import Baseline
import KubeModel
import RBAC
import TerminalUI

/// The RBAC tab: who can do what.
///
/// Three lists at the top, switched with `t`: subjects → rights (every candidate identity;
/// enter opens its bindings → role → rules, cluster-wide and per namespace), actions →
/// subjects (who can make a sensitive request cluster-wide, with the granting chain), and the
/// RBAC findings. `:who VERB RESOURCE [-n NS]` and `:can SUBJECT` open answers here; `v` draws
/// the graph of the selection. Everything is read from the policy indexed before start-up: a
/// subject's view is a projection of its bindings, a who-can answer an index lookup.
public struct RBACPane: Pane {
  /// The tab.
  public let id = PaneID.rbac
  /// The first view: subjects → rights.
  public let root: PaneView
  /// `N RBAC findings (…), B bindings`.
  public let headline: StyledLine?
  private let analysis: RBACAnalysis?
  private let actionsRoot: PaneView
  private let findingsRoot: PaneView
  private let actions: [(action: SensitiveAction, result: WhoCanResult)]
  private let findings: [BaselineFinding]
  private let rules: [String: Rule]
  private let findingsByTarget: [FindingTarget: [Int]]
  private let admins: [Identity: AdminEntry]
  private let namespaceAdmins: [Identity: NamespaceAdminEntry]

  /// What a subject row shows and previews.
  private struct SubjectRow {
    var identity: Identity
    var bindings: [(index: Int, via: Identity)]
  }
  private let subjects: [String: SubjectRow]

  /// The direction switch's answer: a new top-level list, or a view to push.
  public enum DirectionSwitch: Sendable {
    /// Replace the whole stack with this top-level view.
    case root(PaneView)
    /// Push this view.
    case push(PaneView)
  }

  /// Builds the three top-level lists from the shared RBAC analysis and the report.
  ///
  /// - Complexity: O(*s* · *k*) for *s* candidate subjects of *k* applicable bindings, plus one
  ///   who-can lookup per sensitive action and O(*f*) over findings.
  public init(input: ExplorerInput) {
    findings = input.report.findings.filter { $0.finding.domain == .rbac }
    rules = Dictionary(
      input.report.catalogue.rules.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var byTarget: [FindingTarget: [Int]] = [:]
    for (i, finding) in findings.enumerated() {
      byTarget[finding.finding.target, default: []].append(i)
    }
    findingsByTarget = byTarget
    findingsRoot = Self.findingsView(findings)
    guard let analysis = input.rbac else {
      root = .notAnalysed(
        .rbac, explanation: "RBAC: not analysed. The RBAC engine has not been run on this snapshot."
      )
      headline = nil
      self.analysis = nil
      actionsRoot = root
      actions = []
      admins = [:]
      namespaceAdmins = [:]
      subjects = [:]
      return
    }
    self.analysis = analysis
    let policy = analysis.policy
    admins = Dictionary(
      analysis.admins.admins.map { ($0.identity, $0) }, uniquingKeysWith: { a, _ in a })
    namespaceAdmins = Dictionary(
      analysis.admins.namespaceAdmins.map { ($0.identity, $0) }, uniquingKeysWith: { a, _ in a })
    var subjects: [String: SubjectRow] = [:]
    var rows: [TableRow] = []
    for identity in EffectiveAdmins.candidates(policy: policy, snapshot: input.snapshot) {
      let user = RequestUser.forIdentity(identity, membership: policy.membership)
      let row = SubjectRow(identity: identity, bindings: policy.applicableBindings(for: user))
      let id = SubjectPresentation.viewID(identity)
      subjects[id] = row
      rows.append(
        Self.subjectRow(id, row, policy: policy, admins: admins, nsAdmins: namespaceAdmins))
    }
    self.subjects = subjects
    actions = SensitiveAction.catalogue.map { ($0, policy.whoCan($0.request)) }
    let latent = policy.unresolvedBindings.count
    root = PaneView(
      id: "root", title: PaneID.rbac.title,
      summary: [
        StyledLine([
          Span("Subjects -> rights  ", .title),
          Span(
            "\(rows.count) subjects, \(policy.bindings.count) bindings"
              + (latent > 0 ? ", \(latent) to missing roles" : "")
              + "; t: actions -> subjects, v: graph, :who VERB RESOURCE [-n NS], :can SUBJECT",
            .dim),
        ])
      ],
      body: .table(
        TableData(columns: Self.subjectColumns, rows: rows, emptyMessage: "no subjects")))
    actionsRoot = Self.actionsView(actions)
    headline = Self.headline(findings, bindings: policy.bindings.count)
  }

  // MARK: - Pane

  /// Opens a subject (from any list, a who-can row or a link), an action's who-can answer, or
  /// a finding.
  ///
  /// - Complexity: O(*k* · *r*) for a subject's *k* bindings of *r* rules; O(*g*) for an action.
  public func drill(into row: String, of view: PaneView) -> PaneView? {
    if let policy = analysis?.policy,
      let identity = SubjectPresentation.identity(fromID: row)
        ?? WhoCanPresentation.identity(fromRowID: row)
    {
      return subjectView(identity, policy: policy)
    }
    if row.hasPrefix("action/"), let i = Int(row.dropFirst(7)), actions.indices.contains(i) {
      return WhoCanPresentation.view(actions[i].result)
    }
    if let finding = finding(for: row, in: view) {
      return FindingPresentation.detail(finding, rule: rules[finding.finding.rule], id: row)
    }
    return nil
  }

  /// A subject's direct bindings, an action's subjects, a chain or a finding beside the list.
  ///
  /// - Complexity: O(*k*) in the subject's bindings, or the row's cells.
  public func preview(of row: String, in view: PaneView) -> [StyledLine]? {
    if let subject = subjects[row], let policy = analysis?.policy {
      return subjectPreview(subject, policy: policy)
    }
    if let finding = finding(for: row, in: view),
      case .text(let lines) = FindingPresentation.detail(
        finding, rule: rules[finding.finding.rule], id: row
      ).body
    {
      return lines
    }
    if row.hasPrefix("action/"), let i = Int(row.dropFirst(7)), actions.indices.contains(i) {
      let (action, result) = actions[i]
      return [StyledLine(action.label, .title), StyledLine(action.why, .dim), ""]
        + result.subjects.prefix(40).map { StyledLine($0.identity.description) }
    }
    if case .table(let data, _) = view.body, let r = data.index(of: row) {
      return zip(data.columns, data.rows[r].cells).map { column, cell in
        StyledLine(
          [Span(column.title.padded(toWidth: 9), .dim), Span(cell.text)], hangingIndent: 9)
      }
    }
    return nil
  }

  /// The finding of a findings row or a subject's finding node; a subject row's admin finding.
  public func finding(for row: String, in view: PaneView) -> BaselineFinding? {
    if row.hasPrefix("finding/"), let i = Int(row.dropFirst(8)), findings.indices.contains(i) {
      return findings[i]
    }
    if let subject = subjects[row] {
      let target = AdminsPane.target(subject.identity)
      return findingsByTarget[target]?.lazy.map { findings[$0] }.first {
        $0.finding.rule == RBACRules.effectiveClusterAdmin.id
          || $0.finding.rule == RBACRules.escalationToClusterAdmin.id
      }
    }
    return nil
  }

  // MARK: - Commands

  /// Answers `:who VERB RESOURCE [-n NS]` (`command` `who`) or `:can SUBJECT` (`can`).
  ///
  /// - Complexity: one who-can lookup, or one subject's permissions.
  func query(_ command: String, _ argument: String) -> Result<PaneView, AccessQueryError> {
    guard let policy = analysis?.policy else {
      return .failure(AccessQueryError(usage: "\(command): RBAC was not analysed"))
    }
    return AccessQuery.parse(command, argument).map { query in
      switch query {
      case .who(let request): WhoCanPresentation.view(policy.whoCan(request))
      case .can(let identity): subjectView(identity, policy: policy)
      }
    }
  }

  /// The direction switch (`t`): at the top it cycles subjects → actions → findings; on a
  /// subject's rule it asks who else can; on a who-can row it opens that subject's rights.
  ///
  /// - Complexity: one who-can lookup or one subject's permissions.
  public func switchDirection(row: String?, in view: PaneView, atRoot: Bool) -> DirectionSwitch? {
    if atRoot {
      switch view.id {
      case root.id: return .root(actionsRoot)
      case actionsRoot.id: return .root(findingsRoot)
      default: return .root(root)
      }
    }
    guard let row, let policy = analysis?.policy else { return nil }
    if let identity = WhoCanPresentation.identity(fromRowID: row)
      ?? SubjectPresentation.identity(fromID: row)
    {
      return .push(subjectView(identity, policy: policy))
    }
    if let identity = SubjectPresentation.identity(fromID: view.id),
      let request = SubjectPresentation.request(
        forNode: row, in: policy.permissions(for: identity))
    {
      return .push(WhoCanPresentation.view(policy.whoCan(request)))
    }
    return nil
  }

  /// The graph view (`v`) of the selection: a subject's bindings, roles and rules, or a
  /// who-can answer, with the selected path highlighted; drawn to `width` columns in
  /// `glyphs`' style (ASCII connectors when the explorer draws ASCII).
  ///
  /// - Complexity: O(*p*) in the paths drawn (at most ``AccessGraphDrawing/maximumRows``).
  public func graph(of row: String?, in view: PaneView, glyphs: Glyphs, width: Int) -> PaneView? {
    guard let policy = analysis?.policy else { return nil }
    let ascii = glyphs == .ascii
    if let row, let identity = SubjectPresentation.identity(fromID: row) {
      return graphView(
        AccessGraph(permissions: policy.permissions(for: identity)), title: identity.description,
        focus: [], width: width, ascii: ascii)
    }
    if let identity = SubjectPresentation.identity(fromID: view.id) {
      let permissions = policy.permissions(for: identity)
      let focus = row.map { SubjectPresentation.focus(forNode: $0, in: permissions) } ?? []
      return graphView(
        AccessGraph(permissions: permissions), title: identity.description, focus: focus,
        width: width, ascii: ascii)
    }
    if let row, row.hasPrefix("action/"), let i = Int(row.dropFirst(7)), actions.indices.contains(i)
    {
      return graphView(
        AccessGraph(whoCan: actions[i].result), title: "who can \(actions[i].action.label)",
        focus: [], width: width, ascii: ascii)
    }
    if let request = WhoCanPresentation.request(fromViewID: view.id) {
      let focus = row.flatMap(WhoCanPresentation.identity(fromRowID:)).map { [$0.description] }
      return graphView(
        AccessGraph(whoCan: policy.whoCan(request)), title: "who can \(request.description)",
        focus: focus ?? [], width: width, ascii: ascii)
    }
    return nil
  }

  // MARK: - View models

  private static let subjectColumns = [
    TableColumn("KIND"), TableColumn("SUBJECT", flexible: true, minWidth: 12),
    TableColumn("BINDINGS", alignRight: true), TableColumn("VIA GROUPS", alignRight: true),
    TableColumn("WHERE", flexible: true, minWidth: 8), TableColumn("ADMIN"),
  ]

  private static func subjectRow(
    _ id: String, _ row: SubjectRow, policy: RBACPolicy, admins: [Identity: AdminEntry],
    nsAdmins: [Identity: NamespaceAdminEntry]
  ) -> TableRow {
    let direct = row.bindings.filter { $0.via == row.identity }
    var scopes: [String] = []
    for (index, _) in direct {
      let scope = policy.bindings[index].namespace ?? "cluster"
      if !scopes.contains(scope) { scopes.append(scope) }
    }
    scopes.sort { ($0 == "cluster" ? "" : $0) < ($1 == "cluster" ? "" : $1) }
    let admin: TableCell
    if admins[row.identity] != nil {
      admin = TableCell("cluster", role: .severityCritical)
    } else if let ns = nsAdmins[row.identity] {
      admin = TableCell("ns (\(ns.namespaces.count))", role: .severityMedium)
    } else {
      admin = TableCell("-", role: .dim)
    }
    return TableRow(
      id: id,
      cells: [
        TableCell(row.identity.kind.rawValue), TableCell(AdminPresentation.name(row.identity)),
        TableCell(direct.count), TableCell(row.bindings.count - direct.count),
        TableCell(scopes.isEmpty ? "-" : scopes.joined(separator: ", ")), admin,
      ], role: row.bindings.isEmpty ? .dim : .body,
      namespace: row.identity.namespace.isEmpty ? nil : row.identity.namespace)
  }

  private func subjectPreview(_ row: SubjectRow, policy: RBACPolicy) -> [StyledLine] {
    var lines: [StyledLine] = [StyledLine(row.identity.description, .title)]
    if admins[row.identity] != nil {
      lines.append(StyledLine("effective cluster-admin (see the Admins tab)", .severityCritical))
    } else if let ns = namespaceAdmins[row.identity] {
      lines.append(
        StyledLine("admin of \(ns.namespaces.joined(separator: ", "))", .severityMedium))
    }
    lines.append("")
    if row.bindings.isEmpty { lines.append(StyledLine("no binding applies", .dim)) }
    for (index, via) in row.bindings.prefix(30) {
      let entry = policy.bindings[index]
      let through = via == row.identity ? "" : "  via \(via)"
      lines.append(
        StyledLine(
          [Span("\(entry.key) -> \(entry.roleKey)"), Span(through, .dim)], hangingIndent: 2))
    }
    if row.bindings.count > 30 {
      lines.append(StyledLine("+\(row.bindings.count - 30) more", .dim))
    }
    return lines
  }

  private func subjectView(_ identity: Identity, policy: RBACPolicy) -> PaneView {
    let permissions = policy.permissions(for: identity)
    var targets = [AdminsPane.target(identity)]
    targets += permissions.bindingTree.map { FindingTarget($0.binding) }
    targets += permissions.latent.map { FindingTarget($0.key) }
    var seen = Set<Int>()
    let related = targets.flatMap { findingsByTarget[$0] ?? [] }.filter { seen.insert($0).inserted }
    return SubjectPresentation.view(
      permissions,
      facts: SubjectPresentation.Facts(
        admin: admins[identity], namespaceAdmin: namespaceAdmins[identity],
        findings: related.map { ("finding/\($0)", findings[$0]) }))
  }

  private func graphView(
    _ graph: AccessGraph, title: String, focus: [String], width: Int, ascii: Bool
  ) -> PaneView {
    let drawing = AccessGraphDrawing(graph, focus: focus)
    var summary: [StyledLine] = [
      StyledLine(
        "CRB ClusterRoleBinding, RB RoleBinding, CR ClusterRole, R Role, SA ServiceAccount",
        .dim)
    ]
    if !focus.isEmpty {
      summary.append(
        StyledLine([Span("highlighted  ", .dim), Span(focus.joined(separator: " -> "), .title)]))
    }
    return PaneView(
      id: "graph/\(title)", title: "graph \(title)", summary: summary,
      body: .text(drawing.lines(width: width, ascii: ascii)))
  }

  private static func actionsView(_ actions: [(action: SensitiveAction, result: WhoCanResult)])
    -> PaneView
  {
    let rows = actions.enumerated().map { i, pair in
      let count = pair.result.subjects.count
      return TableRow(
        id: "action/\(i)",
        cells: [
          TableCell(pair.action.label), TableCell(count, role: count > 1 ? .warning : .dim),
          TableCell(pair.action.why),
        ])
    }
    return PaneView(
      id: "actions", title: PaneID.rbac.title,
      summary: [
        StyledLine([
          Span("Actions -> subjects  ", .title),
          Span(
            "who can, cluster-wide (system:masters and ClusterRoleBindings); "
              + ":who VERB RESOURCE -n NS asks in a namespace; t: findings", .dim),
        ])
      ],
      body: .table(
        TableData(
          columns: [
            TableColumn("ACTION", flexible: true, minWidth: 16),
            TableColumn("SUBJECTS", alignRight: true),
            TableColumn("WHY IT MATTERS", flexible: true),
          ], rows: rows)))
  }

  private static func findingsView(_ findings: [BaselineFinding]) -> PaneView {
    let rows = findings.enumerated().map { i, finding in
      FindingPresentation.row(finding, id: "finding/\(i)")
    }
    return PaneView(
      id: "findings", title: PaneID.rbac.title,
      summary: [
        StyledLine([
          Span("Findings  ", .title),
          Span(
            "\(findings.count) RBAC findings; enter: details, x: exception, t: subjects", .dim),
        ])
      ],
      body: .table(
        TableData(
          columns: FindingPresentation.columns, rows: rows, emptyMessage: "no RBAC findings")))
  }

  private static func headline(_ findings: [BaselineFinding], bindings: Int) -> StyledLine {
    let critical = findings.filter { $0.finding.severity == .critical }.count
    let high = findings.filter { $0.finding.severity == .high }.count
    return StyledLine([
      Span(
        "\(findings.count) RBAC findings (\(critical) critical, \(high) high)",
        critical > 0 ? .severityCritical : .body),
      Span(" in \(bindings) bindings", .dim),
    ])
  }
}

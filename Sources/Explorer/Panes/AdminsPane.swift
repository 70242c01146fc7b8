import Baseline
import KubeModel
import RBAC
import TerminalUI

/// The Admins tab: effective cluster-admins (subjects that can do everything, and how).
///
/// The root lists the cluster-admins grouped (`system:masters` first, then people and groups,
/// ServiceAccounts, system and controllers), then the namespace-only admins, labelled
/// `ns-admin`. Enter shows every path as a chain of steps naming binding, role and rule; enter
/// there opens the subject in the RBAC tab. `x` on a row reaches its admin finding.
public struct AdminsPane: Pane {
  /// The tab.
  public let id = PaneID.admins
  /// The first view.
  public let root: PaneView
  /// `N effective cluster-admins (x people/groups, y ServiceAccounts, z system)`.
  public let headline: StyledLine?
  private let details: [String: PaneView]
  private let previews: [String: [StyledLine]]
  private let findings: [String: BaselineFinding]
  private let subjects: [String: Identity]

  /// Builds the rows, previews and details from the shared RBAC analysis.
  ///
  /// - Complexity: O(*a* · *p*) for *a* admins of *p* path steps, plus O(*f*) over findings.
  public init(input: ExplorerInput) {
    guard let analysis = input.rbac else {
      root = .notAnalysed(
        .admins,
        explanation: "Admins: not analysed. The RBAC engine has not been run on this snapshot.")
      headline = nil
      details = [:]
      previews = [:]
      findings = [:]
      subjects = [:]
      return
    }
    let admins = analysis.admins
    let adminFindings = Self.adminFindings(input.report.findings)
    var details: [String: PaneView] = [:]
    var previews: [String: [StyledLine]] = [:]
    var findings: [String: BaselineFinding] = [:]
    var subjects: [String: Identity] = [:]
    var rows: [TableRow] = []
    for admin in admins.admins {
      let finding = adminFindings[Self.target(admin.identity)]
      let row = AdminPresentation.row(admin, finding: finding)
      rows.append(row)
      details[row.id] = AdminPresentation.detail(admin, finding: finding)
      previews[row.id] = AdminPresentation.preview(admin)
      findings[row.id] = finding
      subjects[row.id] = admin.identity
    }
    for admin in admins.namespaceAdmins {
      let row = AdminPresentation.row(admin)
      rows.append(row)
      details[row.id] = AdminPresentation.detail(admin)
      previews[row.id] = AdminPresentation.preview(admin)
      subjects[row.id] = admin.identity
    }
    let headline = Self.headline(admins)
    root = PaneView(
      id: "root", title: PaneID.admins.title,
      summary: [headline] + Self.notes(admins),
      body: .table(
        TableData(
          columns: AdminPresentation.columns, rows: rows,
          emptyMessage: "no effective cluster-admins")))
    self.headline = headline
    self.details = details
    self.previews = previews
    self.findings = findings
    self.subjects = subjects
  }

  /// The paths of an admin.
  public func drill(into row: String, of view: PaneView) -> PaneView? { details[row] }

  /// The admin's shortest path beside the list.
  public func preview(of row: String, in view: PaneView) -> [StyledLine]? { previews[row] }

  /// The admin finding (`rbac.effective-cluster-admin` or `rbac.escalation-to-cluster-admin`)
  /// of a row; system identities have none.
  public func finding(for row: String, in view: PaneView) -> BaselineFinding? { findings[row] }

  /// An admin's detail leads to the subject in the RBAC tab.
  public func link(for row: String?, in view: PaneView) -> PaneLink? {
    guard let identity = subjects[row ?? view.id] else { return nil }
    return PaneLink(pane: .rbac, row: "subject/\(identity.argument)")
  }

  // MARK: - View models

  private static func headline(_ admins: EffectiveAdmins) -> StyledLine {
    let count = { (category: AdminCategory) in
      admins.admins.filter { $0.category == category }.count
    }
    let total = admins.admins.count
    return StyledLine(
      "\(total) effective cluster-admin\(total == 1 ? "" : "s") "
        + "(\(count(.peopleAndGroups)) people/groups, \(count(.serviceAccounts)) ServiceAccounts, "
        + "\(count(.systemAndControllers)) system)", .severityHigh)
  }

  private static func notes(_ admins: EffectiveAdmins) -> [StyledLine] {
    var lines: [StyledLine] = []
    if !admins.namespaceAdmins.isEmpty {
      lines.append(
        StyledLine(
          "\(admins.namespaceAdmins.count) namespace-only admins listed last as ns-admin: full "
            + "control of their namespaces, not cluster-admin", .dim))
    }
    let latent = admins.latentBindings
    if !latent.isEmpty {
      let shown = latent.prefix(3).map { "\($0.key) -> \($0.roleKey) (missing)" }
      let more = latent.count > 3 ? ", +\(latent.count - 3) more" : ""
      lines.append(
        StyledLine(
          "\(latent.count) latent grant\(latent.count == 1 ? "" : "s") (bindings to missing "
            + "roles): \(shown.joined(separator: ", "))\(more)", .warning))
    }
    return lines
  }

  /// The admin findings by target.
  private static func adminFindings(_ findings: [BaselineFinding]) -> [FindingTarget:
    BaselineFinding]
  {
    let rules: Set<String> = [
      RBACRules.effectiveClusterAdmin.id, RBACRules.escalationToClusterAdmin.id,
    ]
    var out: [FindingTarget: BaselineFinding] = [:]
    for finding in findings where rules.contains(finding.finding.rule) {
      out[finding.finding.target] = out[finding.finding.target] ?? finding
    }
    return out
  }

  /// The finding target of an identity, as the RBAC engine writes it.
  static func target(_ identity: Identity) -> FindingTarget {
    FindingTarget(kind: identity.kind.rawValue, namespace: identity.namespace, name: identity.name)
  }
}

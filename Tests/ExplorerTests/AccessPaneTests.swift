import Baseline
import KubeModel
import RBAC
import TerminalUI
import Testing

@testable import Explorer

/// The Admins and RBAC panes driven by keys on the demo snapshot, as a user would.
@Suite("Admins and RBAC panes")
struct AccessPaneTests {
  static let demo = Result { try ExplorerHarness.snapshot("snapshots/demo.json") }

  func state(size: Size = Size(width: 120, height: 40), glyphs: Glyphs = .unicode) throws
    -> AppState
  {
    ExplorerHarness.state(try Self.demo.get(), size: size, glyphs: glyphs)
  }

  /// The rows of the top view's table, in display order.
  func tableRows(_ state: AppState) -> [TableRow] {
    guard case .table(let data, _) = state.activePane.top.view.body,
      let table = state.activePane.top.table
    else { return [] }
    return table.visible.map { data.rows[$0] }
  }

  /// Moves the cursor to the row (table) or node (tree) with `id` with `g` and `j`.
  func select(_ id: String, in state: inout AppState) throws {
    let top = state.activePane.top
    let ids =
      top.table.map { table in
        table.visible.map { tableRows(state)[table.visible.firstIndex(of: $0)!].id }
      }
      ?? top.tree?.rows.map(\.node.id) ?? []
    let index = try #require(ids.firstIndex(of: id), "no row \(id)")
    ExplorerHarness.send(["g"] + Array(repeating: "j", count: index), to: &state)
    #expect(state.activePane.top.selectedID == id)
  }

  func text(_ state: AppState) -> String {
    guard case .text(let lines) = state.activePane.top.view.body else { return "" }
    return lines.map(\.plain).joined(separator: "\n")
  }

  // MARK: - Admins

  @Test("2 lists system:masters first, then the demo's known admins with how they are admin")
  func adminsList() throws {
    var s = try state()
    ExplorerHarness.send(["2"], to: &s)
    let rows = tableRows(s)
    #expect(rows.first?.id == "admin/group:system:masters")
    let byID = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0.cells.map(\.text)) })
    #expect(byID["admin/sa:argocd/argocd-application-controller"]?[3] == "direct")
    #expect(byID["admin/sa:ci/deployer"]?[3] == "direct")
    #expect(byID["admin/sa:shop-prod/migrations"]?[3] == "direct")
    #expect(byID["admin/user:jane@acme.example"]?[3] == "escalation")
    #expect(byID["admin/user:jane@acme.example"]?[0] == "people")
    let groups = rows.map { $0.cells[0].text }
    let firstSA = try #require(groups.firstIndex(of: "SAs"))
    let lastPeople = try #require(groups.lastIndex(of: "people"))
    #expect(lastPeople < firstSA, "people and groups come before ServiceAccounts")
  }

  @Test("the Overview shows the Admins headline with the counts per group")
  func headline() throws {
    let input = ExplorerInput(snapshot: try Self.demo.get())
    let admins = try #require(input.rbac).admins
    let pane = AdminsPane(input: input)
    let count = { (c: AdminCategory) in admins.admins.filter { $0.category == c }.count }
    let expected =
      "\(admins.admins.count) effective cluster-admins (\(count(.peopleAndGroups)) people/groups, "
      + "\(count(.serviceAccounts)) ServiceAccounts, \(count(.systemAndControllers)) system)"
    #expect(pane.headline?.plain == expected)
    let s = try state()
    #expect(render(s).text.contains(expected))
  }

  @Test("enter on jane shows her escalation path, each step with binding, role, rule and entry")
  func adminDetail() throws {
    var s = try state()
    ExplorerHarness.send(["2"], to: &s)
    try select("admin/user:jane@acme.example", in: &s)
    ExplorerHarness.send(["enter"], to: &s)
    #expect(s.crumbs == ["Admins", "User jane@acme.example"])
    let detail = text(s)
    #expect(detail.contains("can create pods in shop-prod"))
    #expect(detail.contains("[P4]"))
    #expect(detail.contains("binding  RoleBinding/shop-prod/jane-pod-operator"))
    #expect(detail.contains("role     Role/shop-prod/pod-operator"))
    #expect(detail.contains("rule     create,delete,get,list,watch pods"))
    #expect(detail.contains("binding  ClusterRoleBinding/shop-prod-migrations-cluster-admin"))
  }

  @Test("enter in an admin's detail opens the subject in the RBAC tab; esc comes back there")
  func adminToRBAC() throws {
    var s = try state()
    ExplorerHarness.send(["2"], to: &s)
    try select("admin/sa:ci/deployer", in: &s)
    ExplorerHarness.send(["enter", "enter"], to: &s)
    #expect(s.active == .rbac)
    #expect(s.crumbs == ["RBAC", "ServiceAccount ci/deployer"])
    #expect(s.activePane.top.view.id == "subject/sa:ci/deployer")
    ExplorerHarness.send(["esc"], to: &s)
    #expect(s.crumbs == ["RBAC"])
    ExplorerHarness.send(["2"], to: &s)
    #expect(s.crumbs == ["Admins", "ServiceAccount ci/deployer"])
  }

  @Test("x on an admin row reaches its admin finding; system identities have none")
  func adminFinding() throws {
    var s = try state()
    ExplorerHarness.send(["2"], to: &s)
    let pane = s.activePane.pane
    let view = s.activePane.top.view
    let jane = try #require(pane.finding(for: "admin/user:jane@acme.example", in: view))
    #expect(jane.finding.rule == "rbac.escalation-to-cluster-admin")
    #expect(jane.finding.target == FindingTarget(kind: "User", name: "jane@acme.example"))
    let deployer = try #require(pane.finding(for: "admin/sa:ci/deployer", in: view))
    #expect(deployer.finding.rule == "rbac.effective-cluster-admin")
    #expect(deployer.finding.target.namespace == "ci")
    #expect(pane.finding(for: "admin/group:system:masters", in: view) == nil)
    try select("admin/sa:ci/deployer", in: &s)
    let selected = try #require(s.activePane.top.selectedID)
    #expect(pane.finding(for: selected, in: view) == deployer)
  }

  /// One namespace admin (a RoleBinding to cluster-admin) and one binding to a missing role.
  static let namespaceAdminCluster = """
    {"apiVersion":"v1","kind":"List","items":[
    {"apiVersion":"v1","kind":"Namespace","metadata":{"name":"team",
     "labels":{"pod-security.kubernetes.io/enforce":"restricted"}}},
    {"apiVersion":"rbac.authorization.k8s.io/v1","kind":"ClusterRole",
     "metadata":{"name":"cluster-admin"},
     "rules":[{"apiGroups":["*"],"resources":["*"],"verbs":["*"]}]},
    {"apiVersion":"rbac.authorization.k8s.io/v1","kind":"RoleBinding",
     "metadata":{"name":"bob-admin","namespace":"team"},
     "roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"ClusterRole","name":"cluster-admin"},
     "subjects":[{"apiGroup":"rbac.authorization.k8s.io","kind":"User","name":"bob"}]},
    {"apiVersion":"rbac.authorization.k8s.io/v1","kind":"RoleBinding",
     "metadata":{"name":"ghost","namespace":"team"},
     "roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"Role","name":"gone"},
     "subjects":[{"apiGroup":"rbac.authorization.k8s.io","kind":"User","name":"carol"}]}
    ]}
    """

  @Test("namespace-only admins are listed apart as ns-admin, latent grants are noted")
  func namespaceAdmins() throws {
    let snapshot = try SnapshotLoader().load(text: Self.namespaceAdminCluster, name: "ns.json")
    var s = ExplorerHarness.state(snapshot, size: Size(width: 120, height: 40))
    ExplorerHarness.send(["2"], to: &s)
    let rows = tableRows(s)
    #expect(rows.map(\.id) == ["admin/group:system:masters", "nsadmin/user:bob"])
    #expect(rows.last?.cells.map(\.text) == ["ns-admin", "User", "bob", "team", "1", "-"])
    #expect(s.activePane.pane.finding(for: "nsadmin/user:bob", in: s.activePane.top.view) == nil)
    let summary = s.activePane.top.view.summary.map(\.plain).joined(separator: " ")
    #expect(summary.contains("1 effective cluster-admin (0 people/groups"))
    #expect(summary.contains("not cluster-admin"))
    #expect(summary.contains("RoleBinding/team/ghost -> Role/team/gone (missing)"))
    try select("nsadmin/user:bob", in: &s)
    ExplorerHarness.send(["enter"], to: &s)
    #expect(text(s).contains("full control of team; not cluster-admin"))
    #expect(text(s).contains("Namespace team"))
    ExplorerHarness.send([":", "text:can user:carol", "enter"], to: &s)
    let labels = try #require(s.activePane.top.tree).rows.map(\.node.label.plain)
    #expect(labels.contains { $0.hasPrefix("Latent grants (1") })
  }

  // MARK: - RBAC

  @Test(":who create pods -n shop-prod lists jane with her granting chain")
  func whoCan() throws {
    var s = try state()
    ExplorerHarness.send([":", "text:who create pods -n shop-prod", "enter"], to: &s)
    #expect(s.active == .rbac)
    #expect(s.crumbs == ["RBAC", "who can create pods in shop-prod"])
    let rows = tableRows(s)
    #expect(rows.first?.cells[1].text == "system:masters")
    let jane = try #require(rows.first { $0.cells[1].text == "jane@acme.example" })
    #expect(jane.cells[2].text == "RB shop-prod/jane-pod-operator")
    #expect(jane.cells[3].text == "R shop-prod/pod-operator")
    #expect(jane.cells[4].text.hasPrefix("create,"))
    ExplorerHarness.send([":", "text:who create pods -n billing-dev", "enter"], to: &s)
    #expect(!tableRows(s).contains { $0.cells[1].text == "jane@acme.example" })
  }

  @Test("malformed :who and :can lines say how to write them")
  func queryErrors() throws {
    var s = try state()
    ExplorerHarness.send([":", "text:can bob", "enter"], to: &s)
    #expect(s.message?.text.hasPrefix("usage: :can SUBJECT") == true)
    #expect(s.active == .overview)
    ExplorerHarness.send([":", "text:who create", "enter"], to: &s)
    #expect(s.message?.text.hasPrefix("usage: :who VERB RESOURCE") == true)
  }

  @Test(":can opens a subject's bindings, roles and rules per namespace")
  func canSubject() throws {
    var s = try state()
    ExplorerHarness.send([":", "text:can user:jane@acme.example", "enter"], to: &s)
    #expect(s.crumbs == ["RBAC", "User jane@acme.example"])
    let ids = try #require(s.activePane.top.tree).rows.map(\.node.id)
    #expect(ids.contains("scope/cluster"))
    #expect(ids.contains("scope/ns/shop-prod"))
    let labels = try #require(s.activePane.top.tree).rows.map(\.node.label.plain)
    #expect(labels.contains("RoleBinding/shop-prod/jane-pod-operator"))
    #expect(labels.contains("create,delete,get,list,watch pods"))
  }

  @Test(
    "t switches direction: top lists cycle; a rule asks who else can; a subject row opens rights")
  func switchDirection() throws {
    var s = try state()
    ExplorerHarness.send(["3"], to: &s)
    #expect(s.activePane.top.view.id == "root")
    ExplorerHarness.send(["t"], to: &s)
    #expect(s.activePane.top.view.id == "actions")
    ExplorerHarness.send(["t"], to: &s)
    #expect(s.activePane.top.view.id == "findings")
    ExplorerHarness.send(["t"], to: &s)
    #expect(s.activePane.top.view.id == "root")

    ExplorerHarness.send([":", "text:who create pods -n shop-prod", "enter"], to: &s)
    let jane = try #require(tableRows(s).first { $0.cells[1].text == "jane@acme.example" })
    try select(jane.id, in: &s)
    ExplorerHarness.send(["t"], to: &s)
    #expect(s.activePane.top.view.id == "subject/user:jane@acme.example")
    let rule = try #require(
      s.activePane.top.tree?.rows.first {
        $0.node.label.plain == "create,delete,get,list,watch pods"
      })
    try select(rule.node.id, in: &s)
    ExplorerHarness.send(["t"], to: &s)
    #expect(s.crumbs.last == "who can create pods in shop-prod")
    #expect(tableRows(s).contains { $0.cells[1].text == "jane@acme.example" })
  }

  @Test("v draws the graph in layered columns with connectors, the focused path highlighted")
  func graph() throws {
    var s = try state()
    ExplorerHarness.send([":", "text:can user:jane@acme.example", "enter"], to: &s)
    let rule = try #require(
      s.activePane.top.tree?.rows.first {
        $0.node.label.plain == "create,delete,get,list,watch pods"
      })
    try select(rule.node.id, in: &s)
    ExplorerHarness.send(["v"], to: &s)
    #expect(s.crumbs.last == "graph User jane@acme.example")
    guard case .text(let lines) = s.activePane.top.view.body else {
      Issue.record("the graph is not text")
      return
    }
    let plain = lines.map(\.plain)
    #expect(plain[0].hasPrefix("SUBJECT"))
    #expect(plain[1].contains("RB shop-prod/jane"), "the focused path is drawn first")
    #expect(plain.contains { $0.contains("─┬─") })
    #expect(plain.contains { $0.contains("└─") })
    #expect(plain.allSatisfy { $0.displayWidth <= 118 })
    let focused = try #require(lines.first { $0.plain.contains("RB shop-prod/jane") })
    #expect(focused.spans.contains { $0.text.contains("RB shop-prod") && $0.style.role == .title })
    let other = try #require(lines.first { $0.plain.contains("CRB system:basic") })
    #expect(!other.spans.contains { $0.text.contains("CRB") && $0.style.role == .title })
  }

  @Test("the graph uses ASCII connectors when the explorer draws ASCII")
  func asciiGraph() throws {
    var s = try state(size: Size(width: 80, height: 24), glyphs: .ascii)
    ExplorerHarness.send([":", "text:who create pods -n shop-prod", "enter", "v"], to: &s)
    let screen = render(s).text
    #expect(screen.contains("CR cluster-admin"))
    #expect(screen.contains("---"))
    #expect(!screen.contains("─"))
  }

  @Test("RBAC findings are listed with the shared presentation and expose their finding")
  func findings() throws {
    var s = try state()
    ExplorerHarness.send(["3", "t", "t"], to: &s)
    let rows = tableRows(s)
    let input = ExplorerInput(snapshot: try Self.demo.get())
    let expected = input.report.findings.filter { $0.finding.domain == .rbac }
    #expect(rows.count == expected.count)
    let id = try #require(s.activePane.top.selectedID)
    let finding = try #require(s.activePane.pane.finding(for: id, in: s.activePane.top.view))
    #expect(finding.finding.domain == .rbac)
    #expect(rows.first?.cells[1].text == finding.finding.rule)
    ExplorerHarness.send(["enter"], to: &s)
    #expect(text(s).contains("Why it matters"))
  }
}

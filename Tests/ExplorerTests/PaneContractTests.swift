import TerminalUI
import Testing

@testable import Explorer

/// A pane written the way PANES.md says, standing in for the engines' panes.
///
/// It has precomputed view models, a tree root, drill-down and a preview.
struct SubjectsTestPane: Pane {
  let id = PaneID.admins
  let root: PaneView
  let headline: StyledLine? = StyledLine("2 effective cluster-admins", .severityHigh)
  private let details: [String: PaneView]

  init() {
    let tree = [
      TreeNode(
        id: "group/system:masters", label: "Group system:masters",
        children: [
          TreeNode(id: "binding/cluster-admin", label: "ClusterRoleBinding cluster-admin")
        ]),
      TreeNode(
        id: "sa/ci/deployer", label: "ServiceAccount ci/deployer",
        children: [TreeNode(id: "binding/ci-admin", label: "ClusterRoleBinding ci-admin")]),
    ]
    root = PaneView(id: "root", title: PaneID.admins.title, body: .tree(tree, expandedDepth: 0))
    details = [
      "binding/ci-admin": PaneView(
        id: "binding/ci-admin", title: "ci-admin",
        body: .text(["ClusterRoleBinding ci-admin", "roleRef: ClusterRole cluster-admin"]))
    ]
  }

  func drill(into row: String, of view: PaneView) -> PaneView? { details[row] }

  func preview(of row: String, in view: PaneView) -> [StyledLine]? {
    [StyledLine("selected \(row)", .title)]
  }
}

/// A pane with a very long table.
struct LongTablePane: Pane {
  let id = PaneID.network
  let root: PaneView

  init(rows: Int) {
    let data = TableData(
      columns: [TableColumn("FROM", flexible: true), TableColumn("PORT", alignRight: true)],
      rows: (0..<rows).map { i in
        TableRow(id: "r\(i)", cells: [TableCell("pod-\(i)"), TableCell(i % 65_536)])
      })
    root = PaneView(id: "root", title: PaneID.network.title, body: .table(data))
  }
}

@Suite("The pane contract")
struct PaneContractTests {
  func state(size: Size = Size(width: 80, height: 24)) throws -> AppState {
    let snapshot = try ExplorerHarness.smallCluster()
    let input = ExplorerInput(snapshot: snapshot)
    let domains: [any Pane] = [
      SubjectsTestPane(), RBACPane(input: input), LongTablePane(rows: 20_000),
      WorkloadsPane(input: input), ExceptionsPane(input: input),
    ]
    return ExplorerHarness.state(
      snapshot, size: size, panes: [OverviewPane(input: input, domains: domains)] + domains)
  }

  @Test("a pane's headline appears in the Overview, the others stay pending")
  func headline() throws {
    let text = render(try state(size: Size(width: 120, height: 40))).text
    #expect(text.contains("Admins     2 effective cluster-admins"))
    let pending = try #require(text.split(separator: "\n").first { $0.contains("Pending ") })
    #expect(pending.contains("Network"), "the long table pane has no headline")
    #expect(pending.contains("not analysed yet"))
    #expect(!pending.contains("Admins"))
    #expect(text.contains("Workloads  7 workloads, 0 privileged-level"))
  }

  @Test("trees: l/h expand and collapse, enter toggles or drills, esc pops the crumb")
  func tree() throws {
    var s = try state()
    ExplorerHarness.send(["2"], to: &s)
    #expect(s.activePane.top.tree?.rows.count == 2)
    ExplorerHarness.send(["j", "l"], to: &s)
    #expect(s.activePane.top.tree?.rows.map(\.node.id).last == "binding/ci-admin")
    ExplorerHarness.send(["j", "enter"], to: &s)
    #expect(s.crumbs == ["Admins", "ci-admin"])
    #expect(render(s).text.contains("roleRef: ClusterRole cluster-admin"))
    ExplorerHarness.send(["esc", "h"], to: &s)
    #expect(s.activePane.top.selectedID == "sa/ci/deployer")
    ExplorerHarness.send(["h"], to: &s)
    #expect(s.activePane.top.tree?.rows.count == 2)
    ExplorerHarness.send(["g", "enter"], to: &s)
    #expect(s.activePane.top.tree?.rows.count == 3)
    #expect(s.crumbs == ["Admins"])
  }

  @Test("trees: the filter shows matches with their ancestors")
  func treeFilter() throws {
    var s = try state()
    ExplorerHarness.send(["2", "/", "text:cluster-admin", "enter"], to: &s)
    #expect(
      s.activePane.top.tree?.rows.map(\.node.id) == [
        "group/system:masters", "binding/cluster-admin",
      ])
  }

  @Test("the preview panel appears at 120 columns and follows the selection")
  func preview() throws {
    var s = try state(size: Size(width: 120, height: 40))
    ExplorerHarness.send(["2", "j"], to: &s)
    #expect(render(s).text.contains("selected sa/ci/deployer"))
    var narrow = try state()
    ExplorerHarness.send(["2", "j"], to: &narrow)
    #expect(!render(narrow).text.contains("selected "))
  }

  @Test("a 20 000-row table scrolls to its end and renders only the visible rows")
  func longTable() throws {
    var s = try state()
    ExplorerHarness.send(["4", "G"], to: &s)
    let text = render(s).text
    #expect(text.contains("pod-19999"))
    #expect(!text.contains("pod-19980 "))
    #expect(text.contains("20000/20000"))
    ExplorerHarness.send(["pgup", "k"], to: &s)
    let viewport = ViewLayout(
      view: s.activePane.top, pane: s.activePane.pane, content: ScreenLayout(size: s.size).content
    ).viewport(for: s.activePane.top)
    #expect(s.activePane.top.table?.cursor.index == 19_999 - viewport - 1)
  }
}

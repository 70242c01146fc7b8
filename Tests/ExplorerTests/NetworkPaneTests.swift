import Baseline
import KubeModel
import TerminalUI
import Testing

@testable import Explorer

/// The Network pane on the demo snapshot, driven with keys: the heat map's cell cursor, the
/// fold, drilling into pairs and explanations, and the findings behind rows.
@Suite("Network pane")
struct NetworkPaneTests {
  static func demo(size: Size = Size(width: 80, height: 24)) throws -> AppState {
    var state = ExplorerHarness.state(
      try ExplorerHarness.snapshot("snapshots/demo.json"), size: size)
    ExplorerHarness.send(["4"], to: &state)
    return state
  }

  static let environmentNamespaces = [
    "billing-acc", "billing-dev", "billing-prod", "billing-test", "shop-acc", "shop-dev",
    "shop-prod", "shop-test",
  ]

  @Test(
    "past the preview limit, the coverage lines keep the highlighted namespaces and count the rest")
  func coverageBeyondLimit() throws {
    let count = NetworkText.previewLimit + 10
    let docs = (0..<count).map { n in
      let ns = String(format: "ns-%02d", n)
      return
        "apiVersion: v1\nkind: Pod\nmetadata: {name: app, namespace: \(ns), labels: {app: a}}\n"
        + "spec: {containers: [{name: main, image: app:1}]}\nstatus: {podIP: 10.0.\(n).1, hostIP: 10.1.0.1}"
    }
    let snapshot = try SnapshotLoader().load(text: docs.joined(separator: "\n---\n"))
    let input = ExplorerInput(snapshot: snapshot)
    let overview = try #require(input.context.network)
    let last = String(format: "ns-%02d", count - 1)
    let lines = NetworkText.coverageLines(overview, highlight: [last]).map(\.plain)
    let rows = lines.filter { $0.hasPrefix("  ns-") || $0.hasPrefix("> ns-") }
    #expect(rows.count == NetworkText.previewLimit + 1)
    #expect(rows.first?.hasPrefix("> \(last)") == true)
    #expect(rows.dropFirst().first?.hasPrefix("  ns-00") == true)
    #expect(lines.last == "+\(count - rows.count) more namespaces")
  }

  @Test("the heat map starts folded: environment namespaces, then one system group")
  func foldedAtFirst() throws {
    let state = try Self.demo()
    let grid = try #require(state.activePane.top.gridData)
    #expect(grid.rows.map(\.label) == Self.environmentNamespaces + ["system (10)"])
    #expect(grid.columns.map(\.id) == grid.rows.map(\.id))
    let devRow = try #require(grid.rows.firstIndex { $0.label == "shop-dev" })
    let prodColumn = try #require(grid.columns.firstIndex { $0.label == "shop-prod" })
    #expect(grid.style(row: devRow, column: prodColumn) == GridCellStyle("+", .verdictPartial))
    let prodRow = try #require(grid.rows.firstIndex { $0.label == "shop-prod" })
    let billingDev = try #require(grid.columns.firstIndex { $0.label == "billing-dev" })
    #expect(grid.style(row: prodRow, column: billingDev) == GridCellStyle(".", .verdictDeny))
    #expect(state.activePane.top.selectedID == "ns/billing-acc|ns/billing-acc")
  }

  @Test("j/k move rows, h/l move columns, left of the first column selects the row header")
  func cellCursor() throws {
    var state = try Self.demo()
    ExplorerHarness.send(["j", "l", "l"], to: &state)
    #expect(state.activePane.top.selectedID == "ns/billing-dev|ns/billing-prod")
    ExplorerHarness.send(["h", "h", "h"], to: &state)
    #expect(state.activePane.top.selectedID == "ns/billing-dev")
    #expect(state.activePane.stack.count == 1)
    ExplorerHarness.send(["h"], to: &state)
    #expect(state.activePane.top.selectedID == "ns/billing-dev")
    ExplorerHarness.send(["l", "k"], to: &state)
    #expect(state.activePane.top.selectedID == "ns/billing-acc|ns/billing-acc")
  }

  @Test("k above the first row selects the column header; with h, the corner: all findings")
  func headersAndCorner() throws {
    var state = try Self.demo()
    ExplorerHarness.send(["l", "k"], to: &state)
    #expect(state.activePane.top.selectedID == "ns/billing-dev")
    ExplorerHarness.send(["k", "h", "h"], to: &state)
    #expect(state.activePane.top.selectedID == "all")
    ExplorerHarness.send(["enter"], to: &state)
    let view = state.activePane.top.view
    #expect(view.title == "all namespaces")
    guard case .table(let data, _) = view.body else {
      Issue.record("findings are a table")
      return
    }
    let network = try #require(state.activePane.pane as? NetworkPane)
    let expected = ExplorerInput(snapshot: try ExplorerHarness.snapshot("snapshots/demo.json"))
      .report.findings.filter { $0.finding.domain == .network }
    #expect(data.rows.count == expected.count)
    #expect(Set(data.rows.compactMap { network.finding(for: $0.id, in: view) }) == Set(expected))
    ExplorerHarness.send(["esc", "j"], to: &state)
    #expect(state.activePane.top.selectedID == "ns/billing-acc")
    ExplorerHarness.send(["l"], to: &state)
    #expect(state.activePane.top.selectedID == "ns/billing-acc|ns/billing-acc")
  }

  @Test("a click selects the cell, the row header or the column header under the mouse")
  func mouse() throws {
    var state = try Self.demo()
    let layout = Reducer.viewLayout(state)
    let grid = try #require(state.activePane.top.gridData)
    func click(_ x: Int, _ y: Int) {
      let point = Point(x: layout.body.x + x, y: layout.body.y + y)
      _ = reduce(&state, .mouse(MouseEvent(kind: .press, position: point)))
    }
    click(grid.rowHeaderWidth + 6 * grid.cellWidth + 1, 6)
    #expect(state.activePane.top.selectedID == "ns/shop-dev|ns/shop-prod")
    click(2, 3)
    #expect(state.activePane.top.selectedID == "ns/billing-prod")
    click(grid.rowHeaderWidth + 1, 0)
    #expect(state.activePane.top.selectedID == "ns/billing-acc")
  }

  @Test("the cursor's cell shows its verdict and ports under the grid at 80 columns")
  func cellPortsUnderGrid() throws {
    var state = try Self.demo()
    ExplorerHarness.send(["j", "j", "j", "j", "j"] + Array(repeating: "l", count: 6), to: &state)
    #expect(state.activePane.top.selectedID == "ns/shop-dev|ns/shop-prod")
    let screen = render(state).lines.joined(separator: "\n")
    #expect(screen.contains("shop-dev -> shop-prod  partial: TCP 8080"))
    #expect(screen.contains("3 of 18 workload pairs connected"))
  }

  @Test("enter on a cell lists its workload pairs; enter on a pair explains it")
  func pairsAndExplanation() throws {
    var state = try Self.demo()
    ExplorerHarness.send(["j", "j", "j", "j", "j"] + Array(repeating: "l", count: 6), to: &state)
    ExplorerHarness.send(["enter"], to: &state)
    let pairs = state.activePane.top
    #expect(pairs.view.title == "shop-dev -> shop-prod")
    guard case .table(let data, _) = pairs.view.body else {
      Issue.record("pairs are a table")
      return
    }
    #expect(data.rows.count == 18)
    let connected = data.rows.filter { $0.cells[2].text != "denied" }
    #expect(connected.count == 3)
    #expect(connected.allSatisfy { $0.cells[2].text == "TCP 8080" })
    #expect(data.rows.prefix(3).allSatisfy { $0.cells[2].text == "TCP 8080" })
    ExplorerHarness.send(["enter"], to: &state)
    guard case .text(let lines) = state.activePane.top.view.body else {
      Issue.record("an explanation is text")
      return
    }
    let text = lines.map(\.plain).joined(separator: "\n")
    #expect(text.contains("ingress of shop-prod/"))
    #expect(text.contains("allowed by shop-prod/api-from-shop-namespaces ingress rule 1"))
    #expect(text.contains("allows: TCP 8080"))
    #expect(state.crumbs.count == 3)
    ExplorerHarness.send(["esc"], to: &state)
    #expect(state.activePane.top.view.title == "shop-dev -> shop-prod")
  }

  @Test("z unfolds the system namespaces and keeps the cursor on its row and column")
  func foldToggle() throws {
    var state = try Self.demo()
    ExplorerHarness.send(["j", "j", "j", "j", "j", "j", "l", "l"], to: &state)
    #expect(state.activePane.top.selectedID == "ns/shop-prod|ns/billing-prod")
    ExplorerHarness.send(["z"], to: &state)
    let full = try #require(state.activePane.top.gridData)
    #expect(full.rows.count == 18)
    #expect(full.rows.contains { $0.label == "kube-system" })
    #expect(state.activePane.top.selectedID == "ns/shop-prod|ns/billing-prod")
    #expect(state.message?.text == "showing 10 system namespaces")
    ExplorerHarness.send(["z"], to: &state)
    #expect(state.activePane.top.gridData?.rows.count == 9)
    #expect(state.activePane.top.selectedID == "ns/shop-prod|ns/billing-prod")
  }

  @Test("the system group's cell lists pairs of all its namespaces")
  func groupCell() throws {
    var state = try Self.demo()
    ExplorerHarness.send(["G", "enter"], to: &state)
    let view = state.activePane.top.view
    #expect(view.title == "system (10 namespaces) -> billing-acc")
    guard case .table(let data, _) = view.body else {
      Issue.record("pairs are a table")
      return
    }
    let sources = Set(data.rows.map { $0.cells[0].text.split(separator: "/")[0] })
    #expect(sources.contains("kube-system") && sources.contains("monitoring"))
  }

  @Test("a namespace's findings are finding rows: finding(for:) and their detail")
  func namespaceFindings() throws {
    var state = try Self.demo()
    ExplorerHarness.send(["j", "j", "h", "enter"], to: &state)
    let view = state.activePane.top
    #expect(view.view.title == "billing-prod")
    guard case .table(let data, _) = view.view.body else {
      Issue.record("findings are a table")
      return
    }
    let pane = state.activePane.pane
    let findings = data.rows.compactMap { pane.finding(for: $0.id, in: view.view) }
    #expect(findings.count == data.rows.count)
    #expect(findings.allSatisfy { $0.finding.domain == .network })
    let dns = findings.filter { $0.finding.rule == "network.egress-without-dns" }
    #expect(dns.map(\.finding.target.description).contains("Deployment/billing-prod/api"))
    #expect(
      pane.finding(for: "ns/billing-prod|ns/billing-prod", in: state.panes[3].stack[0].view) == nil)
    ExplorerHarness.send(["enter"], to: &state)
    guard case .text(let lines) = state.activePane.top.view.body else {
      Issue.record("a finding's detail is text")
      return
    }
    #expect(lines.contains { $0.plain.hasPrefix("Rule") && $0.plain.contains("network.") })
  }

  @Test("the Overview headline counts isolated namespaces, dev->prod paths and findings")
  func headline() throws {
    let input = ExplorerInput(snapshot: try ExplorerHarness.snapshot("snapshots/demo.json"))
    let pane = NetworkPane(input: input)
    let network = input.report.findings.filter { $0.finding.domain == .network }.count
    let overview = try #require(input.context.network)
    let withPods = overview.matrix.coverage.filter { $0.pods > 0 }
    let isolated = withPods.filter { $0.ingressIsolatedPods == $0.pods }.count
    #expect(
      pane.headline?.plain
        == "\(isolated) of \(withPods.count) namespaces isolated, 1 dev->prod path, \(network) findings"
    )
    #expect(pane.headline?.spans.first?.style.role == .severityHigh)
  }
}

import KubeModel
import TerminalUI
import Testing

@testable import Explorer

@Suite("Reducer key sequences")
struct ReducerTests {
  func state(size: Size = Size(width: 80, height: 24)) throws -> AppState {
    ExplorerHarness.state(try ExplorerHarness.smallCluster(), size: size)
  }

  func selectedID(_ state: AppState) -> String? { state.activePane.top.selectedID }

  @Test("1–6 jump to tabs; tab and shift-tab cycle and wrap")
  func tabs() throws {
    var s = try state()
    #expect(
      s.panes.map(\.pane.id.title) == [
        "Overview", "Admins", "RBAC", "Network", "Workloads", "Exceptions",
      ])
    ExplorerHarness.send(["3"], to: &s)
    #expect(s.active == .rbac)
    ExplorerHarness.send(["6", "tab"], to: &s)
    #expect(s.active == .overview)
    ExplorerHarness.send(["shift-tab", "shift-tab"], to: &s)
    #expect(s.active == .workloads)
    ExplorerHarness.send(["1"], to: &s)
    #expect(s.active == .overview)
  }

  @Test("movement: j/k, arrows, G/g, End/Home, pages stay within the rows")
  func movement() throws {
    var s = try state()
    #expect(selectedID(s) == "ns/default")
    ExplorerHarness.send(["j", "down", "k"], to: &s)
    #expect(selectedID(s) == "ns/kube-system")
    ExplorerHarness.send(["G"], to: &s)
    #expect(selectedID(s) == "ns/shop")
    ExplorerHarness.send(["j", "pgdn", "ctrl-d"], to: &s)
    #expect(selectedID(s) == "ns/shop")
    ExplorerHarness.send(["g"], to: &s)
    #expect(selectedID(s) == "ns/default")
    ExplorerHarness.send(["end", "up", "home", "pgup"], to: &s)
    #expect(selectedID(s) == "ns/default")
  }

  @Test("enter drills in and pushes a crumb; esc goes back and restores the cursor")
  func drillDown() throws {
    var s = try state()
    ExplorerHarness.send(["j", "j", "j", "enter"], to: &s)
    #expect(s.crumbs == ["Overview", "payments"])
    #expect(s.activePane.top.view.id == "namespace/payments")
    ExplorerHarness.send(["j", "enter"], to: &s)
    #expect(s.crumbs == ["Overview", "payments", "Deployment/ledger"])
    #expect(render(s).text.contains("registry.example.com/payments/ledger:2.0.0"))
    ExplorerHarness.send(["esc", "esc"], to: &s)
    #expect(s.crumbs == ["Overview"])
    #expect(selectedID(s) == "ns/payments")
    ExplorerHarness.send(["l"], to: &s)
    #expect(s.crumbs == ["Overview", "payments"])
    ExplorerHarness.send(["h"], to: &s)
    #expect(s.crumbs == ["Overview"])
  }

  @Test("each tab keeps its own navigation stack")
  func stacksPerTab() throws {
    var s = try state()
    ExplorerHarness.send(["G", "enter", "2", "1"], to: &s)
    #expect(s.crumbs == ["Overview", "shop"])
  }

  @Test(
    "/ filters incrementally; enter keeps it, n/N jump between matches, esc at the root clears it")
  func filter() throws {
    var s = try state()
    ExplorerHarness.send(["/", "text:s"], to: &s)
    guard case .filter = s.mode else { Issue.record("not in filter mode"); return }
    #expect(s.activePane.top.table?.visible.count == 3)
    ExplorerHarness.send(["text:ho"], to: &s)
    #expect(selectedID(s) == "ns/shop")
    #expect(s.activePane.top.table?.visible.count == 1)
    ExplorerHarness.send(["backspace", "backspace", "enter"], to: &s)
    #expect(s.mode == .normal)
    #expect(s.activePane.top.filter == "s")
    #expect(render(s).text.contains("filter \"s\""))
    let first = selectedID(s)
    ExplorerHarness.send(["n"], to: &s)
    let second = selectedID(s)
    #expect(first != second)
    ExplorerHarness.send(["N"], to: &s)
    #expect(selectedID(s) == first)
    ExplorerHarness.send(["esc"], to: &s)
    #expect(s.activePane.top.filter.isEmpty)
    #expect(s.activePane.top.table?.visible.count == 5)
  }

  @Test("esc while typing a filter restores the previous filter")
  func filterCancel() throws {
    var s = try state()
    ExplorerHarness.send(["/", "text:pay", "enter", "/", "ctrl-u", "text:zzz"], to: &s)
    #expect(s.activePane.top.table?.visible.isEmpty == true)
    ExplorerHarness.send(["esc"], to: &s)
    #expect(s.activePane.top.filter == "pay")
    #expect(s.activePane.top.table?.visible.count == 1)
  }

  @Test(":ns filters every table by namespace, :ns alone shows all, unknown names are refused")
  func namespaceCommand() throws {
    var s = try state()
    ExplorerHarness.send([":", "text:ns shop", "enter"], to: &s)
    #expect(s.namespace == "shop")
    #expect(s.activePane.top.table?.visible.count == 1)
    ExplorerHarness.send(["enter"], to: &s)
    #expect(s.activePane.top.table?.visible.count == 2)
    ExplorerHarness.send([":", "text:ns nowhere", "enter"], to: &s)
    #expect(s.namespace == "shop")
    #expect(s.message?.role == .error)
    ExplorerHarness.send(["esc", ":", "text:ns", "enter"], to: &s)
    #expect(s.namespace == nil)
    #expect(s.activePane.top.table?.visible.count == 5)
  }

  @Test(
    ":theme asks for a theme load; monochrome refuses; :3 switches tabs; unknown commands explain")
  func commands() throws {
    var s = try state()
    #expect(
      ExplorerHarness.send([":", "text:theme light", "enter"], to: &s) == [.loadTheme("light")])
    _ = reduce(&s, .themeLoaded(BuiltinThemes.mono))
    #expect(s.theme.name == "mono")
    ExplorerHarness.send([":", "text:3", "enter"], to: &s)
    #expect(s.active == .rbac)
    ExplorerHarness.send([":", "text:frobnicate", "enter"], to: &s)
    #expect(s.message?.text.contains("unknown command :frobnicate") == true)
    var mono = ExplorerHarness.state(try ExplorerHarness.smallCluster(), monochrome: true)
    #expect(mono.theme.name == "mono")
    #expect(ExplorerHarness.send([":", "text:theme light", "enter"], to: &mono).isEmpty)
    #expect(mono.message?.text.contains("colours are off") == true)
  }

  @Test("q and :q quit; with unsaved changes q asks first; ctrl-c always quits")
  func quitting() throws {
    var s = try state()
    #expect(ExplorerHarness.send(["q"], to: &s) == [.quit])
    s = try state()
    #expect(ExplorerHarness.send([":", "text:q", "enter"], to: &s) == [.quit])
    s = try state()
    _ = reduce(&s, .setUnsavedChanges(true))
    #expect(ExplorerHarness.send(["q"], to: &s).isEmpty)
    guard case .confirmQuit = s.mode else { Issue.record("no confirmation"); return }
    #expect(render(s).text.contains("There are unsaved changes. Quit anyway?"))
    #expect(ExplorerHarness.send(["n"], to: &s).isEmpty)
    #expect(s.mode == .normal)
    #expect(ExplorerHarness.send(["q", "y"], to: &s) == [.quit])
    s = try state()
    #expect(ExplorerHarness.send(["/", "text:abc", "ctrl-c"], to: &s) == [.quit])
    #expect(s.isQuitting)
  }

  @Test("? opens the help generated from the keymap; it scrolls and esc closes it")
  func help() throws {
    var s = try state()
    ExplorerHarness.send(["?"], to: &s)
    #expect(s.mode == .help(offset: 0))
    let text = render(s).text
    for binding in Keymap.standard.bindings {
      #expect(text.contains(binding.label) || binding.group != "General", "\(binding.label)")
    }
    ExplorerHarness.send(["j", "j"], to: &s)
    #expect(s.mode == .help(offset: 2))
    ExplorerHarness.send(["G"], to: &s)
    guard case .help(let end) = s.mode else { Issue.record("help closed"); return }
    #expect(render(s).text.contains(":ns NAME"))
    #expect(end > 2)
    ExplorerHarness.send(["esc"], to: &s)
    #expect(s.mode == .normal)
  }

  @Test("s sorts by the next column, S reverses, and the header shows the direction")
  func sorting() throws {
    var s = try state()
    ExplorerHarness.send(["s", "s"], to: &s)
    #expect(s.activePane.top.table?.sort == TableSort(column: 1, ascending: false))
    ExplorerHarness.send(["g"], to: &s)
    #expect(selectedID(s) == "ns/payments")
    #expect(render(s).text.contains("WORKLOADS▼"))
    ExplorerHarness.send(["S", "g"], to: &s)
    #expect(s.activePane.top.table?.sort == TableSort(column: 1, ascending: true))
    #expect(selectedID(s) == "ns/default")
  }

  @Test("resizing below 80×24 shows the size message and back restores the panes")
  func resize() throws {
    var s = try state()
    _ = reduce(&s, .resize(Size(width: 70, height: 20)))
    #expect(render(s).text.contains("terminal too small (need 80×24)"))
    _ = reduce(&s, .resize(Size(width: 100, height: 30)))
    let text = render(s).text
    #expect(text.contains(" 1 Overview "))
    #expect(render(s).size == Size(width: 100, height: 30))
  }

  @Test("mouse: a tab click switches, a row click selects, the wheel scrolls, a header click sorts")
  func mouse() throws {
    var s = try state()
    _ = reduce(&s, .mouse(MouseEvent(kind: .press, position: Point(x: 15, y: 1))))
    #expect(s.active == .admins)
    _ = reduce(&s, .mouse(MouseEvent(kind: .press, position: Point(x: 3, y: 1))))
    #expect(s.active == .overview)
    let layout = ViewLayout(
      view: s.activePane.top, pane: s.activePane.pane, content: ScreenLayout(size: s.size).content)
    _ = reduce(&s, .mouse(MouseEvent(kind: .press, position: Point(x: 5, y: layout.body.y + 3))))
    #expect(selectedID(s) == "ns/monitoring")
    _ = reduce(&s, .mouse(MouseEvent(kind: .wheelDown, position: Point(x: 5, y: 10))))
    #expect(selectedID(s) == "ns/shop")
    let header = layout.body.y
    _ = reduce(
      &s, .mouse(MouseEvent(kind: .press, position: Point(x: layout.body.x + 15, y: header))))
    #expect(s.activePane.top.table?.sort == TableSort(column: 1, ascending: false))
    _ = reduce(
      &s, .mouse(MouseEvent(kind: .press, position: Point(x: layout.body.x + 15, y: header))))
    #expect(s.activePane.top.table?.sort == TableSort(column: 1, ascending: true))
  }

  @Test("x without a finding under the cursor says so; unbound keys say so")
  func reservedKey() throws {
    var s = try state()
    ExplorerHarness.send(["x"], to: &s)
    #expect(s.message?.text == "no finding under the cursor: x marks an exception on a finding row")
    #expect(s.mode == .normal)
    ExplorerHarness.send(["Z"], to: &s)
    #expect(s.message?.text.contains("not bound") == true)
  }

  @Test("a form in the explorer submits its values as an effect")
  func form() throws {
    var s = try state()
    s.mode = .form(
      Form(title: "Exception", fields: [FormField(key: "owner", label: "Owner", rule: .required)]),
      purpose: "exception")
    #expect(ExplorerHarness.send(["enter"], to: &s).isEmpty)
    #expect(
      ExplorerHarness.send(["text:team", "enter"], to: &s) == [
        .submitForm(purpose: "exception", values: ["owner": "team"])
      ])
    #expect(s.mode == .normal)
  }
}

import Baseline
import KubeModel
import TerminalUI
import Testing

@testable import Explorer

/// The Workloads tab on the demo snapshot, driven with keys as a user would.
@Suite("Workloads pane")
struct WorkloadsPaneTests {
  static let demo = "snapshots/demo.json"

  func state(
    size: Size = Size(width: 80, height: 24), exceptions: ExceptionFile = ExceptionFile()
  ) throws -> AppState {
    let snapshot = try ExplorerHarness.snapshot(Self.demo)
    let input = ExplorerInput(
      snapshot: snapshot, exceptions: exceptions, today: try #require(CalendarDate("2026-11-28")))
    return AppState(input: input, panes: PaneRegistry.makePanes(input), size: size)
  }

  /// The rows of the top view in display order (after filters and sort).
  func rows(_ state: AppState) throws -> [TableRow] {
    let top = state.activePane.top
    guard case .table(let data, _) = top.view.body else {
      Issue.record("the top view is not a table")
      return []
    }
    let table = try #require(top.table)
    return table.visible.map { data.rows[$0] }
  }

  func texts(_ row: TableRow) -> [String] { row.cells.map(\.text) }

  func selectedRow(_ state: AppState) throws -> TableRow {
    let id = try #require(state.activePane.top.selectedID)
    return try #require(try rows(state).first { $0.id == id })
  }

  @Test("5 lists monitoring/falco at level privileged with criticals, worst first")
  func falcoListed() throws {
    var s = try state()
    ExplorerHarness.send(["5"], to: &s)
    #expect(s.crumbs == ["Workloads"])
    let all = try rows(s)
    #expect(all.count == 52)
    let falco = try #require(
      all.first { texts($0).prefix(3) == ["monitoring", "DaemonSet", "falco"] })
    #expect(falco.cells[3].text == "privileged")
    #expect(falco.cells[3].role == .severityHigh)
    let critical = try #require(falco.cells[4].number)
    #expect(critical >= 3)
    #expect(falco.cells[4].role == .severityCritical)
    let criticals = all.map { $0.cells[4].number ?? -1 }
    #expect(criticals == criticals.sorted(by: >), "worst first: criticals never increase")
    #expect(render(s).text.contains("falco"))
  }

  @Test("count columns are numeric, so s sorts them by value")
  func numericCounts() throws {
    var s = try state()
    ExplorerHarness.send(["5"], to: &s)
    for row in try rows(s) {
      #expect(row.cells[4...].allSatisfy { $0.number != nil }, "\(row.id)")
    }
    ExplorerHarness.send(["s", "s", "s", "s", "s", "s", "s"], to: &s)  // column 6 (MED), descending
    let medium = try rows(s).map { $0.cells[6].number ?? -1 }
    #expect(medium == medium.sorted(by: >))
    #expect(medium.first ?? 0 >= 10)
  }

  @Test("enter on falco lists its findings; enter on the privileged one shows field path and value")
  func falcoDetail() throws {
    var s = try state()
    ExplorerHarness.send(["5", "/", "text:falco", "enter", "enter"], to: &s)
    #expect(s.crumbs == ["Workloads", "DaemonSet/falco"])
    let findings = try rows(s)
    #expect(findings.count >= 10)
    #expect(findings.allSatisfy { $0.cells[2].text.hasPrefix("DaemonSet/monitoring/falco") })
    let summary = s.activePane.top.view.summary.map(\.plain)
    #expect(summary.contains { $0.hasPrefix("Level") && $0.contains("privileged") })
    #expect(summary.contains { $0.contains("monitoring enforces privileged") })

    ExplorerHarness.send(["/", "text:workload.privileged", "enter"], to: &s)
    #expect(try selectedRow(s).cells[1].text == "workload.privileged")
    ExplorerHarness.send(["enter"], to: &s)
    #expect(s.crumbs.last == "workload.privileged falco")
    guard case .text(let lines) = s.activePane.top.view.body else {
      Issue.record("the finding detail is not text")
      return
    }
    let plain = lines.map(\.plain)
    #expect(plain.contains("Field     spec.containers[name=falco].securityContext.privileged"))
    #expect(plain.contains("Value     true"))
    #expect(plain.contains("Why it matters"))
    #expect(plain.contains("How to fix"))
    #expect(plain.contains("PSS       baseline: Privileged Containers"))

    ExplorerHarness.send(["x"], to: &s)
    guard case .form = s.mode else {
      Issue.record("x on a finding's detail view does not open the exception form")
      return
    }
  }

  @Test("finding(for:) answers finding rows and namespace rows, not workload rows")
  func findingForRow() throws {
    var s = try state()
    ExplorerHarness.send(["5"], to: &s)
    let pane = s.activePane.pane
    let root = s.activePane.top
    let workloadRow = try #require(root.selectedID)
    #expect(pane.finding(for: workloadRow, in: root.view) == nil)

    ExplorerHarness.send(["/", "text:falco", "enter", "enter"], to: &s)
    ExplorerHarness.send(["/", "text:workload.privileged", "enter"], to: &s)
    let top = s.activePane.top
    let findingRow = try #require(top.selectedID)
    let finding = try #require(pane.finding(for: findingRow, in: top.view))
    #expect(finding.finding.rule == "workload.privileged")
    #expect(
      finding.finding.target
        == FindingTarget(
          kind: "DaemonSet", namespace: "monitoring", name: "falco", container: "falco"))
    #expect(finding.status == .open)

    ExplorerHarness.send([":", "text:namespaces", "enter", "/", "text:argocd", "enter"], to: &s)
    let namespaces = s.activePane.top
    let namespaceRow = try #require(namespaces.selectedID)
    let label = try #require(pane.finding(for: namespaceRow, in: namespaces.view))
    #expect(label.finding.rule == "workload.namespace-psa-missing")
    #expect(label.finding.target.name == "argocd")
  }

  @Test(
    "the namespaces view shows billing-prod enforcing baseline against pdf-renderer's privileged")
  func namespaces() throws {
    var s = try state()
    ExplorerHarness.send(["5", ":", "text:namespaces", "enter"], to: &s)
    #expect(s.crumbs == ["Workloads", "namespaces"])
    let all = try rows(s)
    let first = try #require(all.first)
    #expect(
      texts(first) == ["billing-prod", "baseline", "privileged", "4", "1", "rejects 1 workload"])
    #expect(first.cells[5].role == .severityHigh)
    let argocd = try #require(all.first { $0.cells[0].text == "argocd" })
    #expect(argocd.cells[1].text == "-")
    #expect(argocd.cells[1].role == .warning)
    #expect(argocd.cells[5].text == "unlabelled")
    let ingress = try #require(all.first { $0.cells[0].text == "ingress-nginx" })
    #expect(texts(ingress)[1...2] == ["baseline", "restricted"])
    #expect(ingress.cells[5].text == "could be stricter")

    ExplorerHarness.send(["enter"], to: &s)
    #expect(s.crumbs == ["Workloads", "namespaces", "billing-prod"])
    let summary = s.activePane.top.view.summary.map(\.plain)
    #expect(summary.contains { $0.hasPrefix("Enforce   baseline") })
    #expect(summary.contains { $0.hasPrefix("Meets     privileged") })
    #expect(summary.contains("Rejected  Deployment/pdf-renderer (privileged)"))
    let workloads = try rows(s)
    let renderer = try #require(workloads.first { $0.cells[2].text == "pdf-renderer" })
    #expect(renderer.cells[3].text == "privileged")
    #expect(workloads.allSatisfy { $0.cells[0].text == "billing-prod" })
    ExplorerHarness.send(["enter"], to: &s)
    #expect(s.crumbs.last == "Deployment/pdf-renderer")
    #expect(
      s.activePane.top.view.summary.map(\.plain).contains {
        $0.contains("new pods of this workload will be rejected")
      })
  }

  @Test(":severity LEVEL lists that severity's findings; prefixes work; a wrong level is refused")
  func severityFilter() throws {
    var s = try state()
    ExplorerHarness.send(["5", ":", "text:severity critical", "enter"], to: &s)
    #expect(s.crumbs == ["Workloads", "severity critical"])
    let critical = try rows(s)
    #expect(critical.count == 17)
    #expect(critical.allSatisfy { $0.cells[0].text == "critical" })
    #expect(critical.contains { $0.cells[2].text == "DaemonSet/monitoring/falco[falco]" })

    ExplorerHarness.send([":", "text:sev hi", "enter"], to: &s)
    #expect(s.crumbs == ["Workloads", "severity high"], "a new command replaces the view")
    #expect(try rows(s).allSatisfy { $0.cells[0].text == "high" })

    ExplorerHarness.send([":", "text:severity urgent", "enter"], to: &s)
    #expect(s.crumbs == ["Workloads", "severity high"])
    #expect(s.message?.text.contains("no severity \"urgent\"") == true)

    ExplorerHarness.send([":", "text:severity", "enter"], to: &s)
    let counts = try rows(s)
    #expect(counts.map { $0.cells[0].text } == ["critical", "high", "medium", "low", "info"])
    #expect(counts[0].cells[1].number == 17)
  }

  @Test(":rule takes an id or its end, refuses ambiguous words, and alone lists the rules")
  func ruleFilter() throws {
    var s = try state()
    ExplorerHarness.send(["5", ":", "text:rule privileged", "enter"], to: &s)
    #expect(s.crumbs == ["Workloads", "workload.privileged"])
    let privileged = try rows(s)
    #expect(privileged.allSatisfy { $0.cells[1].text == "workload.privileged" })
    #expect(privileged.contains { $0.cells[2].text == "DaemonSet/monitoring/falco[falco]" })
    #expect(privileged.contains { $0.cells[2].text == "Deployment/ci/gitlab-runner[dind]" })

    ExplorerHarness.send([":", "text:rule host", "enter"], to: &s)
    #expect(s.crumbs.last == "workload.privileged")
    #expect(s.message?.text.contains("matches") == true)

    ExplorerHarness.send([":", "text:rules", "enter"], to: &s)
    #expect(s.crumbs == ["Workloads", "rules"])
    let rules = try rows(s)
    #expect(rules.contains { texts($0).prefix(2) == ["workload.privileged", "critical"] })
    #expect(!rules.contains { $0.cells[0].text.hasPrefix("rbac.") }, "RBAC findings are not here")
    ExplorerHarness.send(["/", "text:secrets.legacy", "enter", "enter"], to: &s)
    #expect(s.crumbs == ["Workloads", "rules", "secrets.legacy-sa-token"])
    #expect(try rows(s).map { $0.cells[2].text } == ["Secret/ci/deployer-token"])
  }

  @Test(":secrets lists secrets and logging findings, those without a workload included")
  func secretsAndLogging() throws {
    var s = try state()
    ExplorerHarness.send(["5", ":", "text:secrets", "enter"], to: &s)
    #expect(s.crumbs == ["Workloads", "secrets & logging"])
    let all = try rows(s)
    #expect(
      all.allSatisfy {
        $0.cells[1].text.hasPrefix("secrets.") || $0.cells[1].text.hasPrefix("logging.")
      })
    #expect(all.contains { $0.cells[2].text == "Secret/ci/deployer-token" })
    #expect(all.contains { $0.cells[2].text == "ConfigMap/shop-dev/api-config" })
    #expect(all.contains { $0.cells[1].text == "logging.audit-log-missing" })
    #expect(all.contains { $0.cells[2].text == "Deployment/monitoring/grafana[grafana]" })
  }

  @Test(":ns applies to the views commands open")
  func namespaceFilter() throws {
    var s = try state()
    ExplorerHarness.send(["5", ":", "text:ns billing-prod", "enter"], to: &s)
    #expect(try rows(s).allSatisfy { $0.cells[0].text == "billing-prod" })
    #expect(try rows(s).count == 4)
    ExplorerHarness.send([":", "text:severity medium", "enter"], to: &s)
    let medium = try rows(s)
    #expect(!medium.isEmpty)
    #expect(medium.allSatisfy { $0.namespace == "billing-prod" })
    #expect(medium.contains { $0.cells[1].text == "workload.namespace-psa-violated" })
  }

  @Test("excepted findings stay listed with their badge and stop counting")
  func excepted() throws {
    let entry = ExceptionEntry(
      id: "EXC-0001", rule: "workload.privileged",
      target: ExceptionTarget(
        kind: "DaemonSet", namespace: "monitoring", name: "falco", container: "falco"),
      justification: "runtime detection needs the host", owner: "security", expires: "2027-06-30")
    var s = try state(exceptions: ExceptionFile(entries: [entry]))
    ExplorerHarness.send(["5", "/", "text:falco", "enter"], to: &s)
    let falco = try selectedRow(s)
    #expect(falco.cells[4].number == 2, "one of falco's three criticals is excepted")
    ExplorerHarness.send(["enter", "/", "text:workload.privileged", "enter"], to: &s)
    let row = try selectedRow(s)
    #expect(row.cells[4].text == "excepted EXC-0001")
    #expect(row.role == .statusExcepted)
    #expect(
      s.activePane.top.view.summary.map(\.plain).contains { $0.contains("; 1 excepted") })
  }

  @Test("the Overview's headline counts workloads, privileged ones and critical/high open findings")
  func headline() throws {
    let s = try state(size: Size(width: 120, height: 40))
    let headline = try #require(s.panes.first { $0.pane.id == .workloads }?.pane.headline)
    #expect(
      headline.plain == "52 workloads, 12 privileged-level; 50 critical/high findings open")
    #expect(
      render(s).text.contains("Workloads  52 workloads, 12 privileged-level; 50 critical/high"))
  }

  @Test("the help and the command line list the tab's commands; other tabs do not know them")
  func commandsAreScoped() throws {
    var s = try state()
    ExplorerHarness.send([":", "text:severity high", "enter"], to: &s)
    #expect(s.active == .overview)
    #expect(s.crumbs == ["Overview"])
    #expect(s.message?.text.hasPrefix("unknown command :severity") == true)

    ExplorerHarness.send(["5", ":"], to: &s)
    #expect(render(s).text.contains(":severity LEVEL"))
    ExplorerHarness.send(["esc", "?"], to: &s)
    let help = HelpOverlay.lines(s.helpSections).map(\.plain)
    #expect(help.contains("Workloads commands"))
    #expect(help.contains { $0.contains(":rule [ID]") })
    ExplorerHarness.send(["esc", ":", "text:bogus", "enter"], to: &s)
    #expect(s.message?.text.contains(":namespaces, :rule, :severity, :secrets") == true)
  }

  @Test("the side panel at 120 columns previews the selected workload and finding")
  func preview() throws {
    var s = try state(size: Size(width: 120, height: 40))
    ExplorerHarness.send(["5", "/", "text:pdf-renderer", "enter"], to: &s)
    var text = render(s).text
    #expect(text.contains("Deployment/pdf-renderer"))
    #expect(text.contains("workload.capabilities-added"))
    ExplorerHarness.send(["enter"], to: &s)
    text = render(s).text
    #expect(text.contains("Why it matters"))
    #expect(text.contains("SYS_ADMIN"))
  }
}

import Baseline
import Foundation
import KubeModel
import TerminalUI
import Testing

@testable import Explorer

@Suite("Exceptions in the explorer")
struct ExceptionsTUITests {
  /// Fills the new-exception form: justification, owner, requested by, approved by, ticket.
  static let filledForm = [
    "text:Needed by the payments vendor library.", "tab", "text:team-payments", "tab",
    "text:alice", "tab", "text:bob", "tab", "text:SEC-9",
  ]

  @Test(
    "x on a finding opens the prefilled form; saving writes the file and the row shows excepted")
  func markWritesFileAndBadge() throws {
    let bed = try ExceptionsTestbed()
    bed.send(["5", "j", "j"])
    let finding = try #require(bed.selectedFinding)
    let rowID = try #require(bed.state.activePane.top.selectedID)
    #expect(finding.status == .open)
    bed.send(["x"])
    guard case .form(let form, let purpose) = bed.state.mode else {
      Issue.record("x did not open a form")
      return
    }
    #expect(purpose == "exception")
    #expect(form.title == "New exception EXC-0001")
    #expect(form.summary.first == "Rule    \(finding.finding.rule)")
    #expect(form.values["expires"] == ExceptionsTestbed.today.adding(days: 90).description)
    #expect(bed.screen.contains("Target  \(finding.finding.target.description)"))

    bed.send(Self.filledForm + ["ctrl-s"])
    #expect(bed.state.mode == .normal)
    #expect(bed.state.message?.text == "saved EXC-0001 to \(bed.path)")
    #expect(!bed.state.hasUnsavedChanges)
    let text = try bed.fileText()
    #expect(text.hasPrefix("# kbaseline exceptions"))
    let entry = try #require(try bed.file().entries.first)
    #expect(try bed.file().entries.count == 1)
    #expect(entry.id == "EXC-0001")
    #expect(entry.rule == finding.finding.rule)
    #expect(entry.target.kind == finding.finding.target.kind)
    #expect(entry.target.namespace == finding.finding.target.namespace)
    #expect(entry.target.name == finding.finding.target.name)
    #expect(entry.target.container == finding.finding.target.container)
    #expect(entry.justification == "Needed by the payments vendor library.")
    #expect(entry.owner == "team-payments")
    #expect(entry.requestedBy == "alice")
    #expect(entry.approvedBy == "bob")
    #expect(entry.ticket == "SEC-9")
    #expect(entry.created == ExceptionsTestbed.today.description)
    #expect(entry.expires == "2027-02-18")

    // Same tab, same row, now excepted: statuses were re-resolved and the panes rebuilt.
    #expect(bed.state.active == .workloads)
    #expect(bed.state.activePane.top.selectedID == rowID)
    #expect(bed.selectedRow?.role == .statusExcepted)
    #expect(bed.selectedRow?.cells.last?.text == "excepted EXC-0001")
    #expect(bed.screen.contains("excepted EXC-0001"))
    #expect(bed.state.input.report.findings.filter { $0.status == .excepted }.count >= 1)

    bed.send(["6"])
    #expect(bed.visibleRows.map { $0.cells[0].text } == ["EXC-0001"])
    #expect(bed.visibleRows.first?.cells[1].text == "active")
  }

  @Test("a save keeps every tab's navigation: drilled views, filter, sort and selected row")
  func saveKeepsNavigation() throws {
    let bed = try ExceptionsTestbed.withFixture()
    bed.send(["6", "j", "enter", "5", "s", "/", "text:payments", "enter", "j"])
    let rowID = try #require(bed.state.activePane.top.selectedID)
    let sort = bed.state.activePane.top.table?.sort
    #expect(sort != nil)
    let finding = try #require(bed.selectedFinding)
    #expect(finding.status == .open)
    bed.send(["x"] + Self.filledForm + ["ctrl-s"])
    #expect(bed.state.message?.text == "saved EXC-0007 to \(bed.path)")
    #expect(bed.state.activePane.top.filter == "payments")
    #expect(bed.state.activePane.top.table?.sort == sort)
    #expect(bed.state.activePane.top.selectedID == rowID)
    #expect(bed.selectedFinding?.exception == "EXC-0007")
    bed.send(["6"])
    #expect(bed.state.activePane.stack.map(\.view.title) == ["Exceptions", "EXC-0002"])
    bed.send(["e", "tab", "ctrl-u", "text:team-metrics", "ctrl-s"])
    #expect(bed.state.activePane.stack.map(\.view.title) == ["Exceptions", "EXC-0002"])
    #expect(bed.screen.contains("Owner     team-metrics"))
    #expect(try bed.file().entries.first { $0.id == "EXC-0002" }?.owner == "team-metrics")
  }

  @Test("the form refuses to save without owner or with an expiry in the past; esc saves nothing")
  func validation() throws {
    let bed = try ExceptionsTestbed()
    bed.send(["5", "x", "text:why", "ctrl-s"])
    guard case .form(let form, _) = bed.state.mode else {
      Issue.record("the form closed without an owner")
      return
    }
    #expect(form.problem?.contains("is required") == true)
    bed.send(["text:me", "tab", "tab", "tab", "tab", "ctrl-u", "text:2020-01-01", "ctrl-s"])
    guard case .form = bed.state.mode else {
      Issue.record("an expiry in the past was accepted")
      return
    }
    #expect(bed.state.message?.text == "expires is in the past")
    #expect(!FileManager.default.fileExists(atPath: bed.path))
    bed.send(["esc"])
    #expect(bed.state.mode == .normal)
    #expect(bed.state.exceptionForm == nil)
    #expect(!FileManager.default.fileExists(atPath: bed.path))
  }

  @Test("x on an excepted finding edits the exception that covers it")
  func markOnExcepted() throws {
    let bed = try ExceptionsTestbed.withFixture()
    bed.send(["5"])
    let excepted = try #require(bed.visibleRows.firstIndex { $0.role == .statusExcepted })
    bed.send(Array(repeating: "j", count: excepted) + ["x"])
    guard case .form(let form, _) = bed.state.mode else {
      Issue.record("no form")
      return
    }
    let id = try #require(bed.selectedFinding?.exception)
    #expect(form.title == "Edit exception \(id)")
    #expect(bed.state.exceptionForm?.isNew == false)
  }

  @Test("e edits an entry in place: other entries, unknown fields and the header are kept")
  func edit() throws {
    let bed = try ExceptionsTestbed.withFixture()
    bed.send(["6", "e"])
    guard case .form(let form, _) = bed.state.mode else {
      Issue.record("e did not open the form")
      return
    }
    #expect(form.title == "Edit exception EXC-0001")
    #expect(form.values["owner"] == "team-payments")
    #expect(form.values["justification"]?.contains("vendor HSM library") == true)
    bed.send(["tab", "ctrl-u", "text:team-payments-platform", "ctrl-s"])
    let file = try bed.file()
    #expect(file.entries.count == 6)
    let edited = try #require(file.entries.first { $0.id == "EXC-0001" })
    #expect(edited.owner == "team-payments-platform")
    #expect(edited.ticket == "SEC-1234")
    #expect(edited.created == "2026-09-01")
    #expect(edited.unknownFields.map(\.key) == ["reviewNotes"])
    #expect(file.unknownFields.map(\.key) == ["reviewedBy"])
    #expect(file.entries.first { $0.id == "EXC-0006" }?.target.match == .glob)
    #expect(bed.selectedRow?.cells[6].text == "team-payments-platform")
    #expect(bed.state.activePane.top.selectedID == "exc/EXC-0001")
  }

  @Test("d asks first; no keeps the entry, yes deletes it and its findings count again")
  func delete() throws {
    let bed = try ExceptionsTestbed.withFixture()
    let before = try bed.fileText()
    bed.send(["6", "d"])
    guard case .confirm(let dialog, _, _) = bed.state.mode else {
      Issue.record("d did not ask")
      return
    }
    #expect(dialog.message.hasPrefix("Delete EXC-0001 (workload.privilege-escalation on"))
    bed.send(["n"])
    #expect(try bed.fileText() == before)
    #expect(bed.state.message?.text == "kept EXC-0001")

    bed.send(["enter", "d", "y"])
    let file = try bed.file()
    #expect(file.entries.map(\.id) == ["EXC-0002", "EXC-0003", "EXC-0004", "EXC-0005", "EXC-0006"])
    #expect(bed.state.message?.text == "deleted EXC-0001 from \(bed.path)")
    #expect(bed.state.activePane.stack.count == 1)
    #expect(bed.visibleRows.count == 5)
    let api = bed.state.input.report.findings.filter {
      $0.finding.rule == "workload.privilege-escalation" && $0.finding.target.name == "api"
    }
    #expect(!api.isEmpty && api.allSatisfy { $0.status == .open && $0.exception == nil })
  }

  @Test("a file changed on disk is not overwritten; reload keeps the draft, which then saves")
  func changedOnDisk() throws {
    let bed = try ExceptionsTestbed()
    let theirs = """
      apiVersion: kbaseline.dev/v1
      kind: ExceptionList
      exceptions:
        - id: EXC-0001
          rule: workload.seccomp-missing
          target: {kind: Deployment, namespace: shop, name: cart, container: main}
          justification: Added by a colleague.
          owner: team-shop
          expires: 2027-01-01

      """
    try theirs.write(toFile: bed.path, atomically: true, encoding: .utf8)
    bed.send(["5", "x"] + Self.filledForm + ["ctrl-s"])
    guard case .confirm(let dialog, let onYes, _) = bed.state.mode else {
      Issue.record("no reload question")
      return
    }
    #expect(dialog.message.contains("changed on disk since it was loaded; it was not overwritten"))
    #expect(onYes == .editExceptions(.reload))
    #expect(try bed.fileText() == theirs)
    #expect(bed.state.hasUnsavedChanges)
    #expect(bed.screen.contains("[unsaved exceptions]"))

    bed.send(["n"])
    #expect(bed.state.message?.text.contains(":reload") == true)
    bed.send(["q"])
    guard case .confirmQuit = bed.state.mode else {
      Issue.record("q did not ask before discarding unsaved changes")
      return
    }
    bed.send(["n", ":", "text:reload", "enter", "y"])
    guard case .form(let form, _) = bed.state.mode else {
      Issue.record("the draft did not open again after the reload")
      return
    }
    #expect(form.title == "New exception EXC-0002")
    #expect(form.values["justification"] == "Needed by the payments vendor library.")
    #expect(try bed.fileText() == theirs)
    #expect(!bed.state.hasUnsavedChanges)

    bed.send(["ctrl-s"])
    #expect(try bed.file().entries.map(\.id) == ["EXC-0001", "EXC-0002"])
    #expect(try bed.file().entries.first?.justification == "Added by a colleague.")
    #expect(bed.state.message?.text == "saved EXC-0002 to \(bed.path)")
    #expect(!bed.state.hasUnsavedChanges)
  }

  @Test("a reload of a file that became invalid is refused with file:line; nothing is written")
  func reloadInvalid() throws {
    let bed = try ExceptionsTestbed()
    let broken = "apiVersion: kbaseline.dev/v1\nkind: ExceptionList\nexceptions: [oops\n"
    try broken.write(toFile: bed.path, atomically: true, encoding: .utf8)
    bed.send(["5", "x"] + Self.filledForm + ["ctrl-s", "y"])
    #expect(bed.state.message?.role == .error)
    #expect(bed.state.message?.text.hasPrefix("cannot reload: \(bed.path):") == true)
    #expect(try bed.fileText() == broken)
    #expect(bed.state.hasUnsavedChanges)
    #expect(bed.state.exceptionForm != nil)
  }

  @Test("X hides excepted rows in every table and shows them again; the header says so")
  func hideToggle() throws {
    let bed = try ExceptionsTestbed.withFixture()
    bed.send(["5"])
    let all = bed.visibleRows
    let excepted = all.filter { $0.role == .statusExcepted }
    #expect(excepted.count == 4)
    #expect(all.contains { $0.role == .statusExpired })
    bed.send(["X"])
    #expect(bed.visibleRows.count == all.count - excepted.count)
    #expect(!bed.visibleRows.contains { $0.role == .statusExcepted })
    #expect(bed.visibleRows.contains { $0.role == .statusExpired })
    #expect(bed.screen.split(separator: "\n").first?.contains("excepted hidden") == true)
    bed.send(["X"])
    #expect(bed.visibleRows == all)
    bed.send([":", "text:excepted hide", "enter"])
    #expect(bed.state.hidesExcepted)
    bed.send([":", "text:excepted show", "enter"])
    #expect(bed.visibleRows == all)
  }

  @Test("the Exceptions tab lists every status, filters with :status and drills into an entry")
  func pane() throws {
    let bed = try ExceptionsTestbed.withFixture()
    bed.send(["6"])
    let statuses = bed.visibleRows.map { "\($0.cells[0].text) \($0.cells[1].text)" }
    #expect(
      statuses == [
        "EXC-0001 active", "EXC-0002 expiring", "EXC-0003 expired", "EXC-0004 stale",
        "EXC-0005 invalid", "EXC-0006 active",
      ])
    #expect(bed.visibleRows[4].cells.last?.text == "unknown rule workload.made-up-rule")
    #expect(bed.visibleRows[5].cells.last?.text == "broad: glob")
    #expect(bed.visibleRows[2].cells[2].text == "-19")
    #expect(bed.visibleRows[0].cells[3].text == "2027-03-01")

    bed.send([":", "text:status expired", "enter"])
    #expect(bed.visibleRows.map { $0.cells[0].text } == ["EXC-0003"])
    bed.send([":", "text:status nonsense", "enter"])
    #expect(bed.state.message?.role == .error)
    bed.send([":", "text:status all", "enter"])
    #expect(bed.visibleRows.count == 6)

    bed.send(["enter"])
    let text = bed.screen
    #expect(text.contains("The payments API links a vendor HSM library"))
    #expect(text.contains("Findings covered (1)"))
    #expect(text.contains("excepted EXC-0001"))
    #expect(text.contains("reviewNotes (kept as written)"))
  }

  @Test("the Overview shows the exceptions headline")
  func headline() throws {
    let bed = try ExceptionsTestbed.withFixture()
    #expect(
      bed.screen.contains(
        "Exceptions 6 (2 active, 1 expiring, 1 expired, 1 stale, 1 invalid)"))
  }
}

@Suite("Exceptions tab on the demo snapshot")
struct DemoExceptionsPaneTests {
  static let file = ExplorerHarness.repository.appendingPathComponent(
    "snapshots/demo-exceptions.yaml")

  @Test(
    "every entry of snapshots/demo-exceptions.yaml is listed with its audit status",
    .enabled(if: FileManager.default.fileExists(atPath: file.path)))
  func demo() throws {
    let exceptions = try ExceptionFile.parse(
      String(contentsOf: Self.file, encoding: .utf8), file: Self.file.lastPathComponent)
    let input = ExplorerInput(
      snapshot: try ExplorerHarness.snapshot("snapshots/demo.json"), exceptions: exceptions,
      today: CalendarDate("2026-11-28")!)
    var state = AppState(
      input: input, panes: PaneRegistry.makePanes(input), size: Size(width: 120, height: 40))
    ExplorerHarness.send(["6"], to: &state)
    guard case .table(let data, _) = state.activePane.top.view.body else {
      Issue.record("the Exceptions tab is not a table")
      return
    }
    let audits = input.exceptionEvaluation.audits
    #expect(data.rows.map { $0.cells[0].text } == exceptions.sortedEntries.map(\.id))
    #expect(data.rows.map { $0.cells[1].text } == audits.map(\.status.rawValue))
    let statuses = Set(audits.map(\.status))
    #expect(statuses.isSuperset(of: [.active, .expiring, .expired, .stale]))
    for audit in audits where !audit.findings.isEmpty {
      let detail = try #require(
        state.activePane.pane.drill(into: "exc/\(audit.entry.id)", of: state.activePane.top.view))
      guard case .text(let lines) = detail.body else { continue }
      #expect(lines.contains { $0.plain == "Findings covered (\(audit.findings.count))" })
    }
  }
}

@Suite("Exception presentation")
struct ExceptionsPresentationTests {
  @Test("a justification broken by hand is reflowed into paragraphs; lists and blank lines stay")
  func paragraphs() {
    let text = """
      Calico is the CNI: its node agent programs routes
      on every node.

      Accepted because:
      - it is the CNI
      - there is no alternative

      """
    #expect(
      ExceptionsPresentation.paragraphs(text) == [
        "Calico is the CNI: its node agent programs routes on every node.", "",
        "Accepted because:", "- it is the CNI", "- there is no alternative",
      ])
  }
}

import Baseline
import Foundation
import KubeModel
import TerminalUI

@testable import Explorer

/// A finding table standing in for the domain panes (which implement ``Pane/finding(for:in:)``
/// the same way): one ``FindingPresentation`` row per finding of the report.
struct FindingsTestPane: Pane {
  let id = PaneID.workloads
  let root: PaneView
  private let findings: [String: BaselineFinding]

  init(input: ExplorerInput) {
    let rows = input.report.findings.enumerated().map { FindingPresentation.row($1, id: "f/\($0)") }
    root = PaneView(
      id: "root", title: PaneID.workloads.title,
      body: .table(TableData(columns: FindingPresentation.columns, rows: rows)))
    findings = Dictionary(
      uniqueKeysWithValues: input.report.findings.enumerated().map { ("f/\($0)", $1) })
  }

  func finding(for row: String, in view: PaneView) -> BaselineFinding? { findings[row] }
}

/// An explorer on the small cluster with an exceptions file in a temporary directory, driven
/// through the in-memory run loop with a real ``ExceptionsEditor``.
final class ExceptionsTestbed {
  /// The day expiry is judged against (fixed so screens and statuses do not drift).
  static let today = CalendarDate("2026-11-20")!
  /// The exceptions fixture for the small cluster.
  static let fixture = ExplorerHarness.testsDirectory.appendingPathComponent(
    "Fixtures/exceptions/small-cluster-exceptions.yaml")

  /// The panes: the standard ones, with the Workloads tab replaced by a finding table.
  static let makePanes: @Sendable (ExplorerInput) -> [any Pane] = { input in
    PaneRegistry.makePanes(input).map { $0.id == .workloads ? FindingsTestPane(input: input) : $0 }
  }

  let directory: URL
  let path: String
  let editor: ExceptionsEditor
  var state: AppState

  /// A testbed whose exceptions file starts as `initial` (nil: no file yet).
  init(initial: String? = nil, size: Size = Size(width: 120, height: 40)) throws {
    directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kbaseline-exc-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    path = directory.appendingPathComponent("kbaseline-exceptions.yaml").path
    if let initial { try initial.write(toFile: path, atomically: true, encoding: .utf8) }
    let store = try ExceptionStore(path: path)
    let input = ExplorerInput(
      snapshot: try ExplorerHarness.smallCluster(), exceptions: store.file, today: Self.today)
    editor = ExceptionsEditor(store: store, input: input, makePanes: Self.makePanes)
    state = AppState(input: input, panes: Self.makePanes(input), size: size)
  }

  /// A testbed starting from the fixture file.
  static func withFixture(size: Size = Size(width: 120, height: 40)) throws -> ExceptionsTestbed {
    try ExceptionsTestbed(initial: String(contentsOf: fixture, encoding: .utf8), size: size)
  }

  deinit { try? FileManager.default.removeItem(at: directory) }

  /// Sends keys through the run loop (effects are performed, as in the explorer).
  func send(_ script: [String]) {
    let terminal = InMemoryTerminal(
      size: state.size, events: ExplorerHarness.keys(script).map { .key($0) })
    ExplorerRunLoop(terminal: terminal, exceptions: editor).run(&state)
  }

  /// The file as on disk.
  func fileText() throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

  /// The file as on disk, parsed.
  func file() throws -> ExceptionFile { try ExceptionFile.parse(fileText(), file: path) }

  /// The rendered screen.
  var screen: String { render(state).text }

  /// The row under the cursor in the active view.
  var selectedRow: TableRow? {
    let top = state.activePane.top
    guard case .table(let data, _) = top.view.body else { return nil }
    return top.table?.selectedRow(in: data)
  }

  /// The rows visible in the active view.
  var visibleRows: [TableRow] {
    let top = state.activePane.top
    guard case .table(let data, _) = top.view.body, let table = top.table else { return [] }
    return table.visible.map { data.rows[$0] }
  }

  /// The finding under the cursor in the active view.
  var selectedFinding: BaselineFinding? {
    let top = state.activePane.top
    return top.selectedID.flatMap { state.activePane.pane.finding(for: $0, in: top.view) }
  }
}

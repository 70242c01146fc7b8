import Baseline
import Foundation
import KubeModel

/// The demo snapshot and `snapshots/demo-exceptions.yaml` from the repository (both ship with
/// kbaseline), and the report goldens under `Fixtures/report`.
enum DemoExceptions {
  /// The repository root.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The day the goldens are judged on.
  static let today = CalendarDate("2026-11-28")!

  /// `snapshots/demo-exceptions.yaml` as text.
  static func text() throws -> String {
    try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
  }

  /// Its repository-relative path.
  static let path = "snapshots/demo-exceptions.yaml"

  /// The parsed exceptions file.
  static func file() throws -> ExceptionFile {
    try ExceptionFile.parse(try text(), file: path)
  }

  /// The demo snapshot, named by its repository-relative path (as `kbaseline` run from the
  /// repository root names it).
  static func snapshot() throws -> Snapshot {
    let data = try Data(contentsOf: root.appendingPathComponent("snapshots/demo.json"))
    return try SnapshotLoader().load(
      text: String(decoding: data, as: UTF8.self), name: "snapshots/demo.json")
  }

  /// The audit report of the demo with its exceptions.
  static func audit() throws -> AuditReport {
    let snapshot = try snapshot()
    let file = try file()
    let context = BaselineContext(snapshot: snapshot)
    let report = BaselineReport(
      snapshot: snapshot, context: context, statuses: ExceptionStatuses(file: file, today: today))
    return AuditReport(
      snapshot: snapshot, report: report, context: context, exceptions: file, today: today)
  }

  /// The golden report file for a format (`md` or `html`).
  static func golden(_ ext: String) -> URL {
    root.appendingPathComponent("Tests/BaselineTests/Fixtures/report/demo.\(ext)")
  }

  /// Whether goldens are re-recorded (`RECORD_SNAPSHOTS=1`).
  static let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
}

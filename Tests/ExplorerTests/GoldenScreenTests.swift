import Foundation
import TerminalUI
import Testing

@testable import Explorer

/// Golden screens: the rendered text of each pane and of the main overlays, per fixture and size,
/// compared with `Fixtures/goldens/<fixture>/<scenario>-<W>x<H>.txt`.
///
/// `RECORD_SNAPSHOTS=1 swift test --filter GoldenScreenTests` re-records them.
@Suite("Golden screens")
struct GoldenScreenTests {
  /// A snapshot the goldens are rendered from.
  struct Fixture: CustomTestStringConvertible, Sendable {
    let name: String
    let path: String
    var testDescription: String { name }
  }

  /// A key script and the screen after it.
  struct Scenario: CustomTestStringConvertible, Sendable {
    let name: String
    let keys: [String]
    var testDescription: String { name }
  }

  /// The fixtures: the small one always, the demo snapshot when the repository has it.
  static let fixtures: [Fixture] = {
    var all = [
      Fixture(name: "small-cluster", path: "Tests/ExplorerTests/Fixtures/small-cluster.json")
    ]
    let demo = "snapshots/demo.json"
    if FileManager.default.fileExists(
      atPath: ExplorerHarness.repository.appendingPathComponent(demo).path)
    {
      all.append(Fixture(name: "demo", path: demo))
    }
    return all
  }()

  static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

  static let scenarios: [Scenario] = [
    Scenario(name: "overview", keys: []),
    Scenario(name: "admins", keys: ["2"]),
    Scenario(name: "rbac", keys: ["3"]),
    Scenario(name: "network", keys: ["4"]),
    Scenario(name: "workloads", keys: ["5"]),
    Scenario(name: "exceptions", keys: ["6"]),
    Scenario(name: "overview-drill", keys: ["G", "enter"]),
    Scenario(name: "overview-filter", keys: ["/", "text:pay"]),
    Scenario(name: "help", keys: ["?"]),
  ]

  static let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"

  @Test("each pane and overlay matches its golden screen", arguments: fixtures, scenarios)
  func golden(fixture: Fixture, scenario: Scenario) throws {
    let snapshot = try ExplorerHarness.snapshot(fixture.path)
    for size in Self.sizes {
      var state = ExplorerHarness.state(snapshot, size: size)
      ExplorerHarness.send(scenario.keys, to: &state)
      try Self.check(
        render(state).text, fixture: fixture.name,
        name: "\(scenario.name)-\(size.width)x\(size.height)")
    }
  }

  @Test(
    "a terminal below 80×24 shows only the size message, in ASCII when needed", arguments: fixtures)
  func tooSmall(fixture: Fixture) throws {
    let snapshot = try ExplorerHarness.snapshot(fixture.path)
    let state = ExplorerHarness.state(snapshot, size: Size(width: 60, height: 20))
    try Self.check(render(state).text, fixture: fixture.name, name: "too-small-60x20")
    let ascii = ExplorerHarness.state(snapshot, glyphs: .ascii)
    try Self.check(render(ascii).text, fixture: fixture.name, name: "overview-ascii-80x24")
  }

  static func check(
    _ text: String, fixture: String, name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let directory = ExplorerHarness.testsDirectory.appendingPathComponent(
      "Fixtures/goldens/\(fixture)")
    let file = directory.appendingPathComponent("\(name).txt")
    if record {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try (text + "\n").write(to: file, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
      Issue.record(
        "missing golden \(fixture)/\(name).txt; run with RECORD_SNAPSHOTS=1",
        sourceLocation: sourceLocation)
      return
    }
    let actual = text + "\n"
    if actual != expected {
      let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
      let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let line =
        zip(a, e).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(a.count, e.count)
      Issue.record(
        """
        \(fixture)/\(name).txt differs at line \(line + 1) (RECORD_SNAPSHOTS=1 re-records):
        expected: \(line < e.count ? String(e[line]) : "<end>")
        actual:   \(line < a.count ? String(a[line]) : "<end>")
        """, sourceLocation: sourceLocation)
    }
  }
}

import Foundation
import TerminalUI
import Testing

@testable import Explorer

/// Golden screens of the Admins and RBAC panes beyond their root views: an admin's paths, a
/// subject, a who-can answer, the graph (Unicode and ASCII), the actions and findings lists.
///
/// `RECORD_SNAPSHOTS=1 swift test --filter AccessGoldenTests` re-records them.
@Suite("Admins and RBAC golden screens")
struct AccessGoldenTests {
  static let scenarios: [GoldenScreenTests.Scenario] = [
    .init(name: "access-admin-paths", keys: ["2", "j", "enter"]),
    .init(name: "access-subject", keys: [":", "text:can user:jane@acme.example", "enter"]),
    .init(name: "access-who", keys: [":", "text:who create pods -n shop-prod", "enter"]),
    .init(
      name: "access-graph",
      keys: [":", "text:can user:jane@acme.example", "enter", "G", "k", "k", "k", "v"]),
    .init(
      name: "access-who-graph", keys: [":", "text:who create pods -n shop-prod", "enter", "G", "v"]),
    .init(name: "access-actions", keys: ["3", "t"]),
    .init(name: "access-findings", keys: ["3", "t", "t"]),
  ]

  @Test("each Admins and RBAC view matches its golden screen", arguments: scenarios)
  func golden(scenario: GoldenScreenTests.Scenario) throws {
    let path = "snapshots/demo.json"
    guard
      FileManager.default.fileExists(
        atPath: ExplorerHarness.repository.appendingPathComponent(path).path)
    else { return }
    let snapshot = try ExplorerHarness.snapshot(path)
    for size in GoldenScreenTests.sizes {
      var state = ExplorerHarness.state(snapshot, size: size)
      ExplorerHarness.send(scenario.keys, to: &state)
      try GoldenScreenTests.check(
        render(state).text, fixture: "demo", name: "\(scenario.name)-\(size.width)x\(size.height)")
    }
  }

  @Test("the graph in ASCII matches its golden screen")
  func asciiGraph() throws {
    let snapshot = try ExplorerHarness.snapshot("snapshots/demo.json")
    var state = ExplorerHarness.state(snapshot, glyphs: .ascii)
    ExplorerHarness.send(
      [":", "text:can user:jane@acme.example", "enter", "G", "k", "k", "k", "v"], to: &state)
    try GoldenScreenTests.check(
      render(state).text, fixture: "demo", name: "access-graph-ascii-80x24")
  }
}

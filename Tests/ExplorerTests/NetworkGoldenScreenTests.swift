import Foundation
import TerminalUI
import Testing

@testable import Explorer

/// Golden screens of the Network pane's heat map and drill-downs on the demo snapshot, at
/// 80×24 and 120×40 (re-recorded with `RECORD_SNAPSHOTS=1 swift test --filter
/// GoldenScreenTests`, like the other goldens).
@Suite("Network pane golden screens")
struct NetworkGoldenScreenTests {
  /// A key script and the screen after it.
  struct Scenario: CustomTestStringConvertible, Sendable {
    let name: String
    let keys: [String]
    var testDescription: String { name }
  }

  /// The cursor on shop-dev -> shop-prod in the folded heat map.
  static let devToProd = ["4"] + Array(repeating: "j", count: 5) + Array(repeating: "l", count: 6)

  static let scenarios: [Scenario] = [
    Scenario(name: "network-cell", keys: devToProd),
    Scenario(name: "network-pairs", keys: devToProd + ["enter"]),
    Scenario(name: "network-explain", keys: devToProd + ["enter", "enter"]),
    Scenario(name: "network-unfolded", keys: ["4", "z"]),
    Scenario(name: "network-findings", keys: ["4", "j", "j", "h", "enter"]),
  ]

  static let demo = "snapshots/demo.json"
  static let hasDemo = FileManager.default.fileExists(
    atPath: ExplorerHarness.repository.appendingPathComponent(demo).path)

  @Test("the heat map and its drill-downs match their golden screens", arguments: scenarios)
  func golden(scenario: Scenario) throws {
    guard Self.hasDemo else { return }
    let snapshot = try ExplorerHarness.snapshot(Self.demo)
    for size in GoldenScreenTests.sizes {
      var state = ExplorerHarness.state(snapshot, size: size)
      ExplorerHarness.send(scenario.keys, to: &state)
      try GoldenScreenTests.check(
        render(state).text, fixture: "demo", name: "\(scenario.name)-\(size.width)x\(size.height)")
    }
  }
}

import TerminalUI
import Testing

@testable import Explorer

/// Golden screens of the Exceptions tab, an entry and the exception form, on the small cluster
/// with `Fixtures/exceptions/small-cluster-exceptions.yaml` judged on a fixed day.
///
/// `RECORD_SNAPSHOTS=1 swift test --filter ExceptionsGoldenTests` re-records them.
@Suite("Exceptions golden screens")
struct ExceptionsGoldenTests {
  static let scenarios: [GoldenScreenTests.Scenario] = [
    .init(name: "exceptions", keys: ["6"]),
    .init(name: "exceptions-entry", keys: ["6", "enter"]),
    .init(name: "exceptions-expired", keys: ["6", ":", "text:status expired", "enter"]),
    .init(name: "exception-form", keys: ["5", "j", "x"]),
    .init(name: "findings-excepted-hidden", keys: ["5", "X"]),
  ]

  @Test(
    "the Exceptions tab, an entry and the form match their golden screens", arguments: scenarios)
  func golden(scenario: GoldenScreenTests.Scenario) throws {
    for size in GoldenScreenTests.sizes {
      let bed = try ExceptionsTestbed.withFixture(size: size)
      bed.send(scenario.keys)
      try GoldenScreenTests.check(
        bed.screen, fixture: "small-cluster-exceptions",
        name: "\(scenario.name)-\(size.width)x\(size.height)")
    }
  }
}

import Foundation
import KubeModel
import Testing

@testable import Explorer

@Suite("Loading state and its figures")
struct LoadingStateTests {
  @Test("events move a step from pending to running to done; running time follows elapsed")
  func steps() {
    var state = LoadingState(inputs: [])
    #expect(PreparationStep.allCases.allSatisfy { state.status(of: $0) == .pending })
    state.apply(.started(.rbac), at: .milliseconds(400))
    state.elapsed = .milliseconds(1_000)
    #expect(state.status(of: .rbac) == .running(since: .milliseconds(400)))
    #expect(state.duration(of: .rbac) == .milliseconds(600))
    #expect(state.duration(of: .hardening) == nil)
    #expect(state.runningSteps == [.rbac])
    state.apply(.finished(.rbac, elapsed: .milliseconds(550)), at: .milliseconds(950))
    #expect(state.status(of: .rbac) == .done(.milliseconds(550)))
    #expect(state.runningSteps.isEmpty)
    state.apply(.started(.rbac), at: .milliseconds(990))
    #expect(state.status(of: .rbac) == .done(.milliseconds(550)), "a late start does not undo")
  }

  @Test("total size of the inputs")
  func totalBytes() {
    let state = LoadingState(inputs: [
      LoadingInput(path: "a", bytes: 10), LoadingInput(path: "b", bytes: 32),
    ])
    #expect(state.totalBytes == 42)
  }

  @Test(
    "durations: tenths below a minute, minutes and seconds above",
    arguments: [
      (0, "0.0 s"), (99, "0.0 s"), (100, "0.1 s"), (4_250, "4.2 s"), (59_999, "59.9 s"),
      (60_000, "1 m 00 s"), (125_400, "2 m 05 s"), (-5, "0.0 s"),
    ])
  func durations(milliseconds: Int, text: String) {
    #expect(LoadingFormat.duration(.milliseconds(milliseconds)) == text)
  }

  @Test(
    "sizes: decimal units, one decimal, no 1000.0 of a smaller unit",
    arguments: [
      (Int64(0), "0 B"), (999, "999 B"), (1_000, "1.0 kB"), (12_345, "12.3 kB"),
      (999_949, "999.9 kB"), (999_950, "1.0 MB"), (742_300_000, "742.3 MB"),
      (1_500_000_000, "1.5 GB"),
    ])
  func sizes(bytes: Int64, text: String) {
    #expect(LoadingFormat.bytes(bytes) == text)
  }
}

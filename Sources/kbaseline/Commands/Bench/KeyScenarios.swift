import Explorer
import Foundation
import TerminalUI

/// The keypresses `bench measure` times: switching panes, scrolling the biggest tables and
/// the heat map, and filtering the Workloads table one keystroke at a time.
///
/// Each sample is one key: reduce, render and present to the in-memory terminal (the work the
/// run loop does between two keys).
struct KeyScenarios {
  /// Keypresses per scenario.
  let count: Int

  /// Runs every scenario on the explorer state.
  func run(_ state: inout AppState, on terminal: InMemoryTerminal) -> [KeyLatency] {
    let tabs: [Key] = (1...6).map { .character(Character(String($0))) }
    var out: [KeyLatency] = []
    out.append(time("switch panes (1-6)", &state, terminal, cycle(tabs)))
    for (tab, name) in [("5", "Workloads"), ("2", "Admins"), ("3", "RBAC")] {
      press(.character(Character(tab)), &state)
      out.append(time("scroll \(name) (j, page down)", &state, terminal, scroll()))
    }
    press(.character("4"), &state)
    out.append(
      time(
        "move in the heat map (h j k l)", &state, terminal, cycle([.down, .right, .down, .left])))
    press(.character("5"), &state)
    press(.character("/"), &state)
    let typed = Array("team-1 api".prefix(max(1, min(10, count))))
    var filterKeys: [Key] = []
    while filterKeys.count < count {
      filterKeys += typed.map { Key.character($0) } + typed.map { _ in Key.backspace }
    }
    out.append(
      time("filter Workloads (type, erase)", &state, terminal, Array(filterKeys.prefix(count))))
    press(.escape, &state)
    return out
  }

  private func cycle(_ keys: [Key]) -> [Key] {
    (0..<count).map { keys[$0 % keys.count] }
  }

  /// Down a row at a time, a page now and then, and back to the top at the end of a round.
  private func scroll() -> [Key] {
    (0..<count).map { i in i % 50 == 49 ? .home : i % 10 == 9 ? .pageDown : .down }
  }

  private func press(_ key: Key, _ state: inout AppState) {
    _ = reduce(&state, .key(key))
  }

  private func time(
    _ scenario: String, _ state: inout AppState, _ terminal: InMemoryTerminal, _ keys: [Key]
  ) -> KeyLatency {
    let clock = ContinuousClock()
    var samples: [Double] = []
    samples.reserveCapacity(keys.count)
    for key in keys {
      let start = clock.now
      _ = reduce(&state, .key(key))
      terminal.present(render(state), theme: state.theme)
      samples.append(MeasureBenchCommand.seconds(clock.now - start))
    }
    return KeyLatency(scenario: scenario, seconds: samples)
  }
}

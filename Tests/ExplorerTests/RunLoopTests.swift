import TerminalUI
import Testing

@testable import Explorer

@Suite("Run loop on the in-memory terminal")
struct RunLoopTests {
  @Test("events are rendered, :theme switches the theme live, and q ends the loop")
  func session() throws {
    var state = ExplorerHarness.state(try ExplorerHarness.smallCluster())
    let script = ExplorerHarness.keys(["4", ":", "text:theme light", "enter", "1", "q", "j"])
    let terminal = InMemoryTerminal(size: state.size, events: script.map { .key($0) })
    ExplorerRunLoop(terminal: terminal).run(&state)
    #expect(state.isQuitting)
    #expect(terminal.pendingEvents == [.key(.character("j"))])
    #expect(terminal.presented.count == script.count - 1)
    #expect(terminal.presented[1].text.contains("from \\ to"))
    #expect(terminal.presentedThemes.first?.name == "default")
    #expect(terminal.presentedThemes.last?.name == "light")
    #expect(terminal.presented.contains { $0.text.contains("theme light") })
  }

  @Test("a broken theme reference is reported on the status line, the theme stays")
  func badTheme() throws {
    var state = ExplorerHarness.state(try ExplorerHarness.smallCluster())
    let terminal = InMemoryTerminal(
      size: state.size,
      events: ExplorerHarness.keys([":", "text:theme nord", "enter"]).map { .key($0) })
    ExplorerRunLoop(terminal: terminal).run(&state)
    #expect(state.theme.name == "default")
    #expect(state.message?.role == .error)
    #expect(state.message?.text.contains("no such theme") == true)
  }

  @Test("submitted forms go to the form handler and its answer is shown")
  func formHandler() throws {
    var state = ExplorerHarness.state(try ExplorerHarness.smallCluster())
    state.mode = .form(
      Form(title: "T", fields: [FormField(key: "owner", label: "Owner")]), purpose: "exception")
    let terminal = InMemoryTerminal(
      size: state.size, events: ExplorerHarness.keys(["text:me", "enter"]).map { .key($0) })
    nonisolated(unsafe) var received: [String: String] = [:]
    ExplorerRunLoop(terminal: terminal) { purpose, values in
      received = values
      return .report(StatusMessage("saved \(purpose)", role: .success))
    }.run(&state)
    #expect(received == ["owner": "me"])
    #expect(state.message?.text == "saved exception")
  }
}

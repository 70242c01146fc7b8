import Foundation
import KubeModel
import TerminalUI
import Testing

@testable import Explorer

@Suite("Loading loop and preparation job")
struct LoadingLoopTests {
  static let inputs = [LoadingInput(path: "small-cluster.json", bytes: 20_000_000)]
  static let size = Size(width: 80, height: 24)

  /// A job whose load waits for `gate` before returning the small cluster.
  static func gatedJob(
    _ gate: DispatchSemaphore,
    makePanes: @escaping @Sendable (ExplorerInput) -> [any Pane] = PaneRegistry.makePanes
  ) throws -> PreparationJob {
    let snapshot = try ExplorerHarness.smallCluster()
    return PreparationJob(
      load: {
        gate.wait()
        return snapshot
      }, makePanes: makePanes)
  }

  static func loop(_ terminal: any Terminal) -> LoadingLoop {
    var loop = LoadingLoop(terminal: terminal, theme: BuiltinThemes.mono)
    loop.firstFrameDelay = .zero
    return loop
  }

  static func row(_ step: String, of screen: Screen) -> String {
    screen.lines.first { $0.contains("│") && $0.contains(" \(step) ") } ?? ""
  }

  @Test("while loading runs the screen shows it; then the loop returns the analysed input")
  func loadingThenResult() throws {
    let gate = DispatchSemaphore(value: 0)
    let job = try Self.gatedJob(gate)
    var released = false
    let terminal = WatchedTerminal(InMemoryTerminal(size: Self.size)) { screen in
      // Release the load only once a frame showed it running.
      if !released, Self.row("loading snapshot", of: screen).hasSuffix(" s │") {
        released = true
        gate.signal()
      }
    }
    let outcome = Self.loop(terminal).run(job, inputs: Self.inputs)
    let prepared = try #require(try outcome?.get())
    #expect(released)
    let first = try #require(terminal.base.presented.first)
    #expect(first.lines[0].hasPrefix(" kbaseline  small-cluster.json"))
    #expect(first.lines.contains { $0.contains("small-cluster.json") && $0.hasSuffix("20.0 MB │") })
    #expect(Self.row("RBAC", of: first).hasSuffix("pending │"))
    #expect(first.lines.last == " q cancel")
    #expect(prepared.input.snapshot.pods.count == (try ExplorerHarness.smallCluster()).pods.count)
    #expect(prepared.panes.map(\.id) == PaneID.allCases)
  }

  @Test("progress reaches the screen: finished steps show done while the panes are built")
  func progress() throws {
    let gate = DispatchSemaphore(value: 0)
    let open = DispatchSemaphore(value: 0)
    open.signal()  // (a semaphore must not end below its initial value)
    let job = try Self.gatedJob(open) { input in
      gate.wait()
      return PaneRegistry.makePanes(input)
    }
    var seen: Screen?
    let terminal = WatchedTerminal(InMemoryTerminal(size: Self.size)) { screen in
      if seen == nil, Self.row("views", of: screen).hasSuffix(" s │") {
        seen = screen
        gate.signal()
      }
    }
    _ = try #require(Self.loop(terminal).run(job, inputs: Self.inputs)).get()
    let screen = try #require(seen)
    for step in ["loading snapshot", "RBAC", "reachability", "hardening", "findings"] {
      #expect(Self.row(step, of: screen).contains("│ ✓ \(step) "), "\(step) done")
    }
    #expect(!Self.row("views", of: screen).contains("✓"))
  }

  @Test(
    "q, ctrl-c and esc cancel while loading (nil); other keys are ignored, a resize redraws",
    arguments: [Key.character("q"), .control("c"), .escape])
  func cancel(key: Key) throws {
    let gate = DispatchSemaphore(value: 0)
    defer { gate.signal() }
    let job = try Self.gatedJob(gate)
    let bigger = Size(width: 100, height: 30)
    let terminal = InMemoryTerminal(
      size: Self.size, events: [.key(.character("j")), .resize(bigger), .key(key)])
    #expect(Self.loop(terminal).run(job, inputs: Self.inputs) == nil)
    #expect(terminal.pendingEvents.isEmpty)
    #expect(terminal.presented.map(\.size) == [Self.size, Self.size, bigger])
    #expect(terminal.presented.allSatisfy { $0.text.contains("Opening snapshot") })
    #expect(job.outcome == nil)
  }

  @Test("a load error is the outcome, unchanged")
  func failure() {
    let error = LoadError(file: "big.json", line: 3, message: "unexpected end of file")
    let job = PreparationJob(load: { throw error })
    let terminal = InMemoryTerminal(size: Self.size)
    let outcome = Self.loop(terminal).run(job, inputs: Self.inputs)
    guard case .failure(let thrown) = outcome else {
      Issue.record("expected a failure, got \(String(describing: outcome))")
      return
    }
    #expect(thrown as? LoadError == error)
  }

  @Test("a job that ends within the first-frame delay never draws (no flash)")
  func noFlash() throws {
    let job = PreparationJob(
      load: { Snapshot(objects: []) }, makePanes: { _ in [] })
    let terminal = InMemoryTerminal(size: Self.size, events: [.key(.character("q"))])
    var loop = LoadingLoop(terminal: terminal, theme: BuiltinThemes.mono)
    loop.firstFrameDelay = .seconds(30)
    let outcome = try #require(loop.run(job, inputs: Self.inputs))
    #expect(try outcome.get().panes.isEmpty)
    #expect(terminal.presented.isEmpty)
    #expect(terminal.pendingEvents.count == 1, "keys typed meanwhile are left for the explorer")
  }
}

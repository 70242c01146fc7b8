import Foundation
import KubeModel
import TerminalUI
import Testing

@testable import Explorer

@Suite("Re-capture (r in --live mode)")
struct RecaptureTests {
  /// The small cluster (whose Secrets list is forbidden), with its NetworkPolicy list forbidden
  /// too.
  static func clusterWithForbiddenPolicies() throws -> Snapshot {
    let url = ExplorerHarness.repository.appendingPathComponent(
      "Tests/ExplorerTests/Fixtures/small-cluster.json")
    var root = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    var lists = try #require(root["lists"] as? [[String: Any]])
    lists.removeAll { $0["resource"] as? String == "networkpolicies" }
    lists.append([
      "group": "networking.k8s.io", "version": "v1", "resource": "networkpolicies",
      "kind": "NetworkPolicy", "namespaced": true, "status": "forbidden", "items": [],
    ])
    root["lists"] = lists
    let data = try JSONSerialization.data(withJSONObject: root)
    return try SnapshotLoader().load(text: String(decoding: data, as: UTF8.self), name: "gap.json")
  }

  /// Wide enough that the Overview's gap lines are not wrapped.
  static let wide = Size(width: 160, height: 50)

  @Test("in snapshot mode r says it needs --live and asks for nothing")
  func snapshotMode() throws {
    var state = ExplorerHarness.state(try ExplorerHarness.smallCluster())
    let effects = ExplorerHarness.send(["r"], to: &state)
    #expect(effects.isEmpty)
    #expect(state.message?.text == "re-capture needs --live")
    #expect(!state.isCapturing)
  }

  @Test("in live mode r asks once for a capture; progress and the result reach the state")
  func liveReducer() throws {
    var state = ExplorerHarness.state(try ExplorerHarness.smallCluster(), size: Self.wide)
    state.isLive = true
    _ = ExplorerHarness.send(["5"], to: &state)
    #expect(ExplorerHarness.send(["r"], to: &state) == [.recapture])
    #expect(state.isCapturing)
    #expect(ExplorerHarness.send(["r"], to: &state).isEmpty)
    _ = reduce(&state, .captureProgress(lists: 3))
    #expect(state.message?.text == "capturing… 3 lists")
    let input = ExplorerInput(snapshot: try Self.clusterWithForbiddenPolicies())
    let update = ExplorerUpdate(
      input: input, panes: PaneRegistry.makePanes(input), generation: -1)
    _ = reduce(&state, .recaptured(update))
    #expect(!state.isCapturing)
    #expect(state.active == .workloads)
    #expect(state.input.snapshot.gaps.map(\.resource) == ["secrets", "networkpolicies"])
    #expect(state.message?.text.contains("2 gap(s)") == true)
    _ = ExplorerHarness.send(["1"], to: &state)
    let screen = render(state).text
    #expect(screen.contains("secrets forbidden"))
    #expect(screen.contains("Secrets forbidden: secret-reader paths"))
    #expect(screen.contains("networkpolicies.networking.k8s.io forbidden"))
    #expect(screen.contains("Reachability incomplete (networkpolicies forbidden)"))
  }

  @Test("a failed re-capture keeps the previous capture and reports the error")
  func failure() throws {
    var state = ExplorerHarness.state(try ExplorerHarness.smallCluster())
    state.isLive = true
    let before = state.input.snapshot.lists
    _ = ExplorerHarness.send(["r"], to: &state)
    _ = reduce(&state, .captureFailed("connection refused"))
    #expect(!state.isCapturing)
    #expect(state.message?.role == .error)
    #expect(state.message?.text == "re-capture failed: connection refused")
    #expect(state.input.snapshot.lists == before)
  }

  @Test("the run loop captures off the UI thread with the stub and swaps in the new panes")
  func runLoop() throws {
    var state = ExplorerHarness.state(try ExplorerHarness.smallCluster(), size: Self.wide)
    state.isLive = true
    let gapCluster = try Self.clusterWithForbiddenPolicies()
    let live = LiveCapture { progress in
      for lists in 1...3 { progress(lists) }
      return gapCluster
    }
    let terminal = InMemoryTerminal(
      size: state.size, events: ExplorerHarness.keys(["r"]).map { .key($0) })
    ExplorerRunLoop(terminal: terminal, live: live).run(&state)
    #expect(!state.isCapturing)
    #expect(state.input.snapshot.gaps.map(\.resource) == ["secrets", "networkpolicies"])
    #expect(terminal.presented.first?.text.contains("Reachability incomplete") == false)
    #expect(render(state).text.contains("Reachability incomplete"))
  }
}

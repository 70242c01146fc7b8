import Foundation
import KubeModel
import TerminalUI
import Testing

@testable import Explorer

@Suite("Loading screen")
struct LoadingScreenTests {
  /// Two inputs; loading done in 4.2 s, RBAC done in 1.3 s, reachability and hardening running,
  /// findings and views pending, 6.62 s in.
  static func midway(inputs: [LoadingInput]? = nil) -> LoadingState {
    var state = LoadingState(
      inputs: inputs ?? [
        LoadingInput(path: "snapshots/cluster-150k.json", bytes: 742_300_000),
        LoadingInput(path: "extra/rbac.yaml", bytes: 12_345),
      ])
    state.apply(.started(.loading), at: .zero)
    state.apply(.finished(.loading, elapsed: .milliseconds(4_200)), at: .milliseconds(4_200))
    state.apply(.started(.rbac), at: .milliseconds(4_200))
    state.apply(.started(.reachability), at: .milliseconds(4_200))
    state.apply(.finished(.rbac, elapsed: .milliseconds(1_300)), at: .milliseconds(5_500))
    state.apply(.started(.hardening), at: .milliseconds(5_500))
    state.elapsed = .milliseconds(6_620)
    return state
  }

  @Test("80x24: inputs with sizes, each step's status, the total time and the cancel hint")
  func standard() {
    let screen = render(Self.midway(), size: Size(width: 80, height: 24), glyphs: .unicode)
    #expect(
      screen.text == """
         kbaseline  cluster-150k.json, rbac.yaml                       opening 742.3 MB




            ┌─ Opening snapshot ───────────────────────────────────────────────────┐
            │ snapshots/cluster-150k.json                                 742.3 MB │
            │ extra/rbac.yaml                                              12.3 kB │
            │                                                                      │
            │ ✓ loading snapshot                                             4.2 s │
            │ ✓ RBAC                                                         1.3 s │
            │ ⠦ reachability                                                 2.4 s │
            │ ⠦ hardening                                                    1.1 s │
            │ · findings                                                   pending │
            │ · views                                                      pending │
            │                                                                      │
            │ elapsed                                                        6.6 s │
            └──────────────────────────────────────────────────────────────────────┘





         q cancel
        """)
  }

  @Test("120x40: the same panel, centred")
  func large() {
    let screen = render(Self.midway(), size: Size(width: 120, height: 40), glyphs: .unicode)
    #expect(
      screen.text == """
         kbaseline  cluster-150k.json, rbac.yaml                                                               opening 742.3 MB












                                ┌─ Opening snapshot ───────────────────────────────────────────────────┐
                                │ snapshots/cluster-150k.json                                 742.3 MB │
                                │ extra/rbac.yaml                                              12.3 kB │
                                │                                                                      │
                                │ ✓ loading snapshot                                             4.2 s │
                                │ ✓ RBAC                                                         1.3 s │
                                │ ⠦ reachability                                                 2.4 s │
                                │ ⠦ hardening                                                    1.1 s │
                                │ · findings                                                   pending │
                                │ · views                                                      pending │
                                │                                                                      │
                                │ elapsed                                                        6.6 s │
                                └──────────────────────────────────────────────────────────────────────┘













         q cancel
        """)
  }

  @Test("ASCII glyphs: frame, done, running and pending marks are plain ASCII")
  func ascii() {
    let screen = render(Self.midway(), size: Size(width: 80, height: 24), glyphs: .ascii)
    #expect(screen.text.unicodeScalars.allSatisfy { $0.isASCII })
    let lines = screen.lines.map { $0.trimmingCharacters(in: .whitespaces) }
    #expect(lines.contains { $0.hasPrefix("+- Opening snapshot ---") && $0.hasSuffix("-+") })
    #expect(lines.contains { $0.hasPrefix("| * loading snapshot") && $0.hasSuffix("4.2 s |") })
    // 6.62 s is the 66th tick of 100 ms: frame 66 % 4 of | / - \.
    #expect(lines.contains { $0.hasPrefix("| - reachability") && $0.hasSuffix("2.4 s |") })
    #expect(lines.contains { $0.hasPrefix("| . views") && $0.hasSuffix("pending |") })
  }

  @Test("the spinner turns every 100 ms; the same state draws the same screen")
  func spinner() {
    var state = Self.midway()
    let size = Size(width: 80, height: 24)
    let first = render(state, size: size, glyphs: .unicode)
    #expect(render(state, size: size, glyphs: .unicode) == first)
    state.elapsed += .milliseconds(100)
    let next = render(state, size: size, glyphs: .unicode).lines
    let row = { (lines: [String]) in lines.first { $0.contains("hardening") } ?? "" }
    #expect(row(first.lines).contains("⠦ hardening"))
    #expect(row(next).contains("⠧ hardening"))
    #expect(row(next).hasSuffix("1.2 s │"))
  }

  @Test("below the full layout: what opens, what runs and the time, centred")
  func compact() {
    let screen = render(Self.midway(), size: Size(width: 60, height: 10), glyphs: .unicode)
    let lines = screen.lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    #expect(
      lines == [
        "kbaseline: opening 742.3 MB", "⠦ reachability, hardening 2.4 s",
        "elapsed 6.6 s  q cancel",
      ])
    #expect(screen.lines[3] == String(repeating: " ", count: 16) + "kbaseline: opening 742.3 MB")
  }

  @Test("two rows: the running steps, cut to fit before their time, then the time")
  func tiny() {
    let screen = render(Self.midway(), size: Size(width: 30, height: 2), glyphs: .unicode)
    #expect(screen.lines == ["⠦ reachability, hardeni… 2.4 s", "   elapsed 6.6 s  q cancel"])
    let one = render(Self.midway(), size: Size(width: 30, height: 1), glyphs: .ascii)
    #expect(one.lines == ["- reachability, hardeni~ 2.4 s"])
  }

  @Test("many inputs: the first ones listed, the rest summed up; the header counts them")
  func manyInputs() {
    let inputs = (1...12).map {
      LoadingInput(path: "parts/cluster-part-\($0).json", bytes: Int64($0) * 1_000_000)
    }
    let screen = render(
      Self.midway(inputs: inputs), size: Size(width: 80, height: 24), glyphs: .unicode)
    let lines = screen.lines
    #expect(lines[0].hasPrefix(" kbaseline  12 inputs"))
    #expect(lines[0].hasSuffix("opening 78.0 MB"))
    let listed = lines.filter { $0.contains("parts/cluster-part-") }
    #expect(listed.count == LoadingScreen.maximumInputLines - 1)
    #expect(lines.contains { $0.contains("│ … 5 more") && $0.hasSuffix("50.0 MB │") })
    #expect(lines.last == " q cancel")
  }

  @Test("a long path keeps its end (the file name) and is cut at the front")
  func longPath() throws {
    let path = "/" + String(repeating: "deep/", count: 30) + "cluster.json"
    let screen = render(
      Self.midway(inputs: [LoadingInput(path: path, bytes: 20_000_000)]),
      size: Size(width: 80, height: 24), glyphs: .unicode)
    let row = try #require(screen.lines.first { $0.contains("│") && $0.contains("cluster.json") })
    // The inner width is 66: the path gets 66 - "20.0 MB".count - 2 = 57 columns.
    #expect(
      row == "    │ …" + String(repeating: "/deep", count: 9) + "/cluster.json  20.0 MB │")
    #expect(LoadingScreen.headTruncated("abcdef", toWidth: 4, ellipsis: "~") == "~def")
    #expect(LoadingScreen.headTruncated("abcdef", toWidth: 6, ellipsis: "~") == "abcdef")
  }
}

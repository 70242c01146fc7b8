import TerminalUI
import Testing

@testable import Explorer

@Suite("Keymap and user key overrides")
struct KeymapTests {
  @Test("the standard keymap binds every key of the issue, each key once")
  func standardKeys() {
    let map = Keymap.standard
    let expected: [(String, Command)] = [
      ("1", .pane1), ("6", .pane6), ("tab", .nextPane), ("shift-tab", .previousPane),
      ("up", .moveUp), ("k", .moveUp), ("down", .moveDown), ("j", .moveDown), ("h", .moveLeft),
      ("l", .moveRight), ("pgup", .pageUp), ("pgdn", .pageDown), ("ctrl-u", .halfPageUp),
      ("ctrl-d", .halfPageDown), ("g", .top), ("G", .bottom), ("home", .top), ("end", .bottom),
      ("enter", .open), ("esc", .back), ("/", .filter), ("n", .nextMatch), ("N", .previousMatch),
      (":", .commandLine), ("?", .help), ("q", .quit), ("ctrl-c", .forceQuit),
      ("x", .markException),
    ]
    for (name, command) in expected {
      #expect(map.command(for: Key(name: name)!) == command, "\(name)")
    }
    let keys = map.bindings.flatMap(\.keys)
    #expect(Set(keys).count == keys.count)
    #expect(Set(map.bindings.map(\.command)) == Set(Command.allCases))
  }

  @Test("the hint bar and the help come from the same table")
  func hintsAndHelp() {
    let map = Keymap.standard
    #expect(map.hints.first == HintBar.Hint(key: "?", label: "help"))
    #expect(map.hints.count == map.bindings.filter(\.inHintBar).count)
    let entries = map.helpSections.flatMap(\.entries)
    for binding in map.bindings {
      #expect(
        entries.contains {
          $0.label == binding.label && $0.key.contains(binding.keys[0].description)
        })
    }
  }

  @Test("overrides replace keys, an empty list unbinds, and hints follow")
  func overrides() throws {
    let map = try Keymap.load(
      text: "quit: [Q]\nhelp: []\nmoveDown: [j, ctrl-n]\n", file: "keys.yaml")
    #expect(map.command(for: .character("Q")) == .quit)
    #expect(map.command(for: .character("q")) == nil)
    #expect(map.command(for: .character("?")) == nil)
    #expect(map.command(for: .control("n")) == .moveDown)
    #expect(map.hints.first == HintBar.Hint(key: "Q", label: "quit"))
  }

  @Test(
    "bad key files are rejected with file:line",
    arguments: [
      ("quit: [q]\nhelp: [j]\n", "keys.yaml:2: key 'j' is bound to both help and moveDown"),
      ("quit: [q]\nteleport: [t]\n", "keys.yaml:2: unknown action 'teleport'"),
      ("forceQuit: [ctrl-q]\n", "keys.yaml:1: ctrl-c must stay bound to forceQuit"),
      ("quit: [hyper-q]\n", "keys.yaml:1: quit: unknown key 'hyper-q'"),
      ("quit: [q\n", "keys.yaml: invalid YAML"),
    ])
  func rejected(text: String, message: String) {
    do {
      _ = try Keymap.load(text: text, file: "keys.yaml")
      Issue.record("expected an error")
    } catch {
      #expect(error.description.hasPrefix(message), "\(error.description)")
    }
  }

  @Test("the reducer dispatches through the user's keymap")
  func dispatchUsesOverrides() throws {
    let map = try Keymap.load(text: "moveDown: [ctrl-n]\n", file: "keys.yaml")
    let snapshot = try ExplorerHarness.smallCluster()
    let input = ExplorerInput(snapshot: snapshot)
    var state = AppState(
      input: input, panes: PaneRegistry.makePanes(input), size: Size(width: 80, height: 24),
      keymap: map)
    ExplorerHarness.send(["ctrl-n"], to: &state)
    #expect(state.activePane.top.selectedID == "ns/kube-system")
    ExplorerHarness.send(["j"], to: &state)
    #expect(state.activePane.top.selectedID == "ns/kube-system")
  }
}

import Testing

@testable import TerminalUI

@Suite("Keys, key files and the in-memory terminal")
struct KeyTests {
  @Test(
    "key names round-trip",
    arguments: [
      Key.character("q"), .character(" "), .control("u"), .backTab, .pageDown, .pageUp,
      .function(5), .escape, .enter, .home, .end, .character("G"), .character("/"),
    ])
  func roundTrip(key: Key) {
    #expect(Key(name: key.description) == key)
  }

  @Test("aliases and unknown names")
  func aliases() {
    #expect(Key(name: "PageDown") == .pageDown)
    #expect(Key(name: "Escape") == .escape)
    #expect(Key(name: "ctrl-U") == .control("u"))
    #expect(Key(name: "ctrl-1") == nil)
    #expect(Key(name: "f13") == nil)
    #expect(Key(name: "hyper-x") == nil)
  }

  @Test("a key file parses actions, lists and unbinding, and names bad keys with file:line")
  func keyFile() throws {
    let overrides = try KeyBindingFileParser().parse(
      "quit: [q, ctrl-q]\nhelp: []\nmoveDown: j\n", file: "keys.yaml")
    #expect(overrides.map(\.action) == ["quit", "help", "moveDown"])
    #expect(overrides[0].keys == [.character("q"), .control("q")])
    #expect(overrides[1].keys.isEmpty)
    #expect(overrides[2].line == 3)
    do {
      _ = try KeyBindingFileParser().parse("quit: [q]\nhelp: [hyper-h]\n", file: "keys.yaml")
      Issue.record("expected an error")
    } catch {
      #expect(error.description.hasPrefix("keys.yaml:2: help: unknown key 'hyper-h'"))
    }
  }

  @Test("the in-memory terminal replays events, applies resizes and records screens")
  func inMemoryTerminal() {
    let terminal = InMemoryTerminal(
      size: Size(width: 10, height: 2),
      events: [.key(.character("a")), .resize(Size(width: 20, height: 5))])
    #expect(terminal.nextEvent(timeout: nil) == .key(.character("a")))
    #expect(terminal.nextEvent(timeout: nil) == .resize(Size(width: 20, height: 5)))
    #expect(terminal.size == Size(width: 20, height: 5))
    #expect(terminal.nextEvent(timeout: 0) == nil)
    var screen = Screen(size: terminal.size)
    screen.put("hi", x: 0, y: 0)
    terminal.present(screen, theme: BuiltinThemes.mono)
    #expect(terminal.lastScreen?.text == "hi\n\n\n\n")
    #expect(terminal.presentedThemes.map(\.name) == ["mono"])
  }
}

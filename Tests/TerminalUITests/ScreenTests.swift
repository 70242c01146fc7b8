import Testing

@testable import TerminalUI

@Suite("Screen buffer")
struct ScreenTests {
  @Test("put clips at the right edge and reports the columns advanced")
  func clipsRight() {
    var screen = Screen(size: Size(width: 5, height: 1))
    let advanced = screen.put("abcdefgh", x: 2, y: 0)
    #expect(screen.text == "  abc")
    #expect(advanced == 3)
  }

  @Test("put clips text starting left of the screen and rows outside it")
  func clipsLeftAndOutside() {
    var screen = Screen(size: Size(width: 4, height: 2))
    screen.put("xyzw", x: -2, y: 0)
    screen.put("hidden", x: 0, y: 5)
    screen.put("hidden", x: 0, y: -1)
    #expect(screen.lines == ["zw", ""])
  }

  @Test("put respects a clip rectangle")
  func clipRectangle() {
    var screen = Screen(size: Size(width: 10, height: 2))
    screen.put("0123456789", x: 0, y: 1, clip: Rect(x: 2, y: 1, width: 3, height: 1))
    #expect(screen.lines == ["", "  234"])
  }

  @Test("a wide character takes two cells and appears once in the text")
  func wideCharacter() {
    var screen = Screen(size: Size(width: 6, height: 1))
    let advanced = screen.put("a漢b", x: 0, y: 0)
    #expect(advanced == 4)
    #expect(screen.text == "a漢b")
    #expect(screen[1, 0].character == "漢")
    #expect(screen[2, 0].isContinuation)
    #expect(screen[3, 0].character == "b")
  }

  @Test("a wide character that does not fit at the edge becomes a space")
  func wideCharacterAtEdge() {
    var screen = Screen(size: Size(width: 3, height: 1))
    screen.put("ab漢", x: 0, y: 0)
    #expect(screen.text == "ab")
    #expect(!screen[2, 0].isContinuation)
  }

  @Test("overwriting half of a wide character blanks the other half")
  func overwriteHalf() {
    var screen = Screen(size: Size(width: 4, height: 1))
    screen.put("漢字", x: 0, y: 0)
    screen.put("x", x: 1, y: 0)
    #expect(screen.text == " x字")
    #expect(!screen[1, 0].isContinuation)
    screen.put("y", x: 2, y: 0)
    #expect(screen.text == " xy")
    #expect(!screen[3, 0].isContinuation)
  }

  @Test("control characters are drawn as spaces, combining marks stay on their base")
  func controlAndCombining() {
    var screen = Screen(size: Size(width: 6, height: 1))
    screen.put("a\tb e\u{301}", x: 0, y: 0)
    #expect(screen.text == "a b é")
  }

  @Test("changes(since:) reports only changed runs, and everything after a resize")
  func changes() {
    var before = Screen(size: Size(width: 6, height: 2))
    before.put("hello", x: 0, y: 0)
    var after = before
    after.put("J", x: 0, y: 0)
    after.put("ok", x: 3, y: 1, style: Style(.error))
    let runs = after.changes(since: before)
    #expect(runs.count == 2)
    #expect(runs[0].x == 0 && runs[0].y == 0 && runs[0].cells.map(\.character) == ["J"])
    #expect(
      runs[1].x == 3 && runs[1].y == 1 && runs[1].cells.map(\.style.role) == [.error, .error])
    #expect(after.changes(since: after).isEmpty)
    #expect(after.changes(since: nil).count == 2)
    #expect(after.changes(since: Screen(size: Size(width: 2, height: 2))).count == 2)
  }

  @Test("a style change alone is a change")
  func styleChange() {
    var before = Screen(size: Size(width: 3, height: 1))
    before.put("abc", x: 0, y: 0)
    var after = before
    after.restyle(Rect(x: 1, y: 0, width: 1, height: 1), style: Style(.tableCursor))
    let runs = after.changes(since: before)
    #expect(runs == [ScreenChange(x: 1, y: 0, cells: [Cell("b", style: Style(.tableCursor))])])
  }

  @Test("text trims trailing spaces on every row")
  func textTrims() {
    var screen = Screen(size: Size(width: 8, height: 3))
    screen.put("ab  ", x: 0, y: 1)
    #expect(screen.text == "\nab\n")
  }
}

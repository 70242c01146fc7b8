import Testing

@testable import TerminalUI

@Suite("Text measurement and wrapping")
struct TextTests {
  @Test(
    "character widths follow wcwidth in a UTF-8 locale",
    arguments: [
      ("a", 1), ("漢", 2), ("ｱ", 1), ("Ａ", 2), ("한", 2), ("🚀", 2), ("e\u{301}", 1), ("\u{7}", 0),
      ("─", 1), ("☀️", 2),
    ] as [(Character, Int)])
  func widths(character: Character, width: Int) {
    #expect(CharacterWidth.of(character) == width)
  }

  @Test("truncation keeps the width and ends with the ellipsis")
  func truncation() {
    #expect("kube-system".truncated(toWidth: 6) == "kube-…")
    #expect("kube".truncated(toWidth: 6) == "kube")
    #expect("漢字漢字".truncated(toWidth: 5) == "漢字…")
    #expect("abc".truncated(toWidth: 0) == "")
    #expect("abcdef".padded(toWidth: 4, ellipsis: "~") == "abc~")
    #expect("7".padded(toWidth: 3, alignRight: true) == "  7")
  }

  @Test("wrapping breaks at spaces, keeps styles and breaks long words")
  func wrapping() {
    let line = StyledLine([Span("alpha beta ", .title), Span("gamma delta", .error)])
    let wrapped = line.wrapped(toWidth: 11)
    #expect(wrapped.map(\.plain) == ["alpha beta ", "gamma delta"])
    #expect(wrapped[1].spans.allSatisfy { $0.style.role == .error })
    #expect(StyledLine("abcdefghij").wrapped(toWidth: 4).map(\.plain) == ["abcd", "efgh", "ij"])
    #expect(StyledLine("short").wrapped(toWidth: 40).map(\.plain) == ["short"])
  }

  @Test("a hanging indent aligns continuation lines")
  func hangingIndent() {
    let line = StyledLine(
      [Span("Objects   ", .title), Span("12 Pod, 3 Deployment, 4 Service")], hangingIndent: 10)
    #expect(
      line.wrapped(toWidth: 24).map(\.plain) == [
        "Objects   12 Pod, 3", "          Deployment, 4", "          Service",
      ])
  }

  @Test("natural order: case-insensitive, digit runs by value, prefixes first")
  func naturalOrder() {
    let sorted = ["pod-10", "Pod-2", "pod-1", "pod", "alpha", "pod-02b", "pod-2a"]
      .sorted(by: NaturalOrder.precedes)
    #expect(sorted == ["alpha", "pod", "pod-1", "Pod-2", "pod-2a", "pod-02b", "pod-10"])
  }

  @Test("the printable-ASCII fast path gives the same widths as measuring each character")
  func asciiFastPath() {
    for text in [
      "api-server 8080", "", "a\tb", "ns/name[Kind]", "caf\u{E9}", "\u{65E5}\u{672C}", "x\u{7F}",
    ] {
      #expect(text.displayWidth == text.reduce(0) { $0 + CharacterWidth.of($1) }, "\(text)")
    }
  }
}

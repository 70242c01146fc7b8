import Testing

@testable import TerminalUI

@Suite("Frames, tabs, breadcrumbs, hints, text view and help")
struct ChromeWidgetTests {
  @Test("a box draws Unicode or ASCII frames with a title and returns its inside")
  func box() {
    var screen = Screen(size: Size(width: 12, height: 3), glyphs: .ascii)
    let inner = Box.draw(in: Rect(screen.size), on: &screen, title: "Pods")
    #expect(screen.lines == ["+- Pods ---+", "|          |", "+----------+"])
    #expect(inner == Rect(x: 1, y: 1, width: 10, height: 1))
    var unicode = Screen(size: Size(width: 4, height: 2))
    Box.draw(in: Rect(unicode.size), on: &unicode)
    #expect(unicode.lines == ["┌──┐", "└──┘"])
  }

  @Test("the tab bar numbers tabs, highlights the active one and maps clicks")
  func tabBar() {
    var screen = Screen(size: Size(width: 40, height: 1))
    let titles = ["Overview", "Admins", "RBAC"]
    TabBar.draw(titles: titles, active: 1, in: Rect(screen.size), on: &screen)
    #expect(screen.text == " 1 Overview   2 Admins   3 RBAC")
    #expect(screen[14, 0].style.role == .tabActive)
    #expect(screen[2, 0].style.role == .tabInactive)
    #expect(TabBar.tab(at: 15, titles: titles, in: Rect(screen.size)) == 1)
    #expect(TabBar.tab(at: 1, titles: titles, in: Rect(screen.size)) == 0)
    #expect(TabBar.tab(at: 39, titles: titles, in: Rect(screen.size)) == nil)
  }

  @Test("breadcrumbs elide the oldest crumbs when they do not fit")
  func breadcrumbs() {
    var screen = Screen(size: Size(width: 30, height: 1))
    Breadcrumbs.draw(["Overview", "kube-system"], in: Rect(screen.size), on: &screen)
    #expect(screen.text == " Overview › kube-system")
    screen = Screen(size: Size(width: 30, height: 1))
    Breadcrumbs.draw(
      ["Overview", "kube-system", "Deployment/coredns"], in: Rect(screen.size), on: &screen)
    #expect(screen.text == " … › Deployment/coredns")
  }

  @Test("the hint bar shows the hints that fit, keys styled as keys")
  func hintBar() {
    var screen = Screen(size: Size(width: 22, height: 1))
    let hints = [
      HintBar.Hint(key: "?", label: "help"), HintBar.Hint(key: "q", label: "quit"),
      HintBar.Hint(key: "/", label: "filter"),
    ]
    HintBar.draw(hints, in: Rect(screen.size), on: &screen)
    #expect(screen.text == " ? help  q quit")
    #expect(screen[1, 0].style.role == .hintKey)
    #expect(screen[3, 0].style.role == .hintLabel)
  }

  @Test("the header keeps the left text and right-aligns the rest")
  func header() {
    var screen = Screen(size: Size(width: 30, height: 1))
    HeaderBar.draw(left: "kbaseline demo", right: "42 objects", in: Rect(screen.size), on: &screen)
    #expect(screen.text == " kbaseline demo    42 objects")
    #expect(screen[29, 0].style.role == .header)
  }

  @Test("the text view wraps, scrolls and marks filter matches")
  func textView() {
    let lines: [StyledLine] = ["alpha beta gamma", "delta"]
    let wrapped = TextView.wrap(lines, width: 11)
    #expect(wrapped.map(\.plain) == ["alpha beta", "gamma", "delta"])
    var screen = Screen(size: Size(width: 11, height: 2))
    TextView.draw(wrapped: wrapped, offset: 1, in: Rect(screen.size), on: &screen, highlight: "ELT")
    #expect(screen.lines == ["gamma", "delta"])
    #expect(screen[1, 1].style.role == .match)
    #expect(screen[0, 1].style.role == .body)
  }

  @Test("the help lists sections with aligned keys")
  func help() {
    let sections = [
      HelpSection(title: "General", entries: [HintBar.Hint(key: "?", label: "help")]),
      HelpSection(title: "Move", entries: [HintBar.Hint(key: "down, j", label: "down")]),
    ]
    #expect(
      HelpOverlay.lines(sections).map(\.plain) == [
        "General", "  ?        help", "", "Move", "  down, j  down",
      ])
  }
}

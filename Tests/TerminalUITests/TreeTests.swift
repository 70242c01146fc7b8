import Testing

@testable import TerminalUI

@Suite("Tree widget")
struct TreeTests {
  static let roots = [
    TreeNode(
      id: "a", label: "alpha",
      children: [
        TreeNode(id: "a1", label: "one", children: [TreeNode(id: "a1x", label: "deep")]),
        TreeNode(id: "a2", label: "two"),
      ]),
    TreeNode(id: "b", label: "beta"),
  ]

  @Test("the tree starts expanded to the given depth and draws indentation and markers")
  func initialExpansion() {
    let state = TreeState(roots: Self.roots, expandedDepth: 1)
    #expect(state.rows.map(\.node.id) == ["a", "a1", "a2", "b"])
    var screen = Screen(size: Size(width: 12, height: 4), glyphs: .ascii)
    TreeView.draw(state, in: Rect(screen.size), on: &screen)
    #expect(screen.lines == ["- alpha", "  + one", "    two", "  beta"])
  }

  @Test("expanding, collapsing and going to the parent")
  func expandCollapse() {
    var state = TreeState(roots: Self.roots, expandedDepth: 1)
    state.cursor.move(to: 1, count: state.rows.count, viewport: 10)
    state.setExpanded(true, roots: Self.roots)
    #expect(state.rows.map(\.node.id) == ["a", "a1", "a1x", "a2", "b"])
    state.cursor.move(to: 2, count: state.rows.count, viewport: 10)
    state.selectParent(viewport: 10)
    #expect(state.selected?.node.id == "a1")
    state.cursor.move(to: 0, count: state.rows.count, viewport: 10)
    state.setExpanded(false, roots: Self.roots)
    #expect(state.rows.map(\.node.id) == ["a", "b"])
  }

  @Test("the filter keeps matching nodes with their ancestors")
  func filter() {
    var state = TreeState(roots: Self.roots, expandedDepth: 0)
    state.setFilter("DEEP", roots: Self.roots)
    #expect(state.rows.map(\.node.id) == ["a", "a1", "a1x"])
    #expect(state.rows.map(\.depth) == [0, 1, 2])
    state.setFilter("", roots: Self.roots)
    #expect(state.rows.map(\.node.id) == ["a", "b"])
  }
}

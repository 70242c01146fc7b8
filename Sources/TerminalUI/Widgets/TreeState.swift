/// The interactive state of a tree: expanded nodes, the flattened visible rows, the cursor.
public struct TreeState: Hashable, Sendable {
  /// Ids of expanded nodes.
  public private(set) var expanded: Set<String>
  /// The visible rows, top to bottom.
  public private(set) var rows: [TreeRow] = []
  /// The cursor over ``rows``.
  public var cursor = ListCursor()
  /// The `/` filter: only nodes whose label contains it, with their ancestors.
  public private(set) var filter = ""

  /// Creates the state with the roots expanded to `depth` levels.
  ///
  /// - Complexity: O(*n*) in the number of nodes.
  public init(roots: [TreeNode], expandedDepth: Int = 1) {
    var ids: Set<String> = []
    func walk(_ nodes: [TreeNode], _ depth: Int) {
      guard depth < expandedDepth else { return }
      for node in nodes where !node.children.isEmpty {
        ids.insert(node.id)
        walk(node.children, depth + 1)
      }
    }
    walk(roots, 0)
    expanded = ids
    flatten(roots)
  }

  /// The node under the cursor.
  public var selected: TreeRow? { rows.indices.contains(cursor.index) ? rows[cursor.index] : nil }

  /// Expands or collapses the node under the cursor.
  ///
  /// - Complexity: O(*n*).
  public mutating func setExpanded(_ open: Bool, roots: [TreeNode]) {
    guard let row = selected, !row.node.children.isEmpty else { return }
    if open { expanded.insert(row.node.id) } else { expanded.remove(row.node.id) }
    flatten(roots)
  }

  /// Moves the cursor to the parent of the selected node.
  public mutating func selectParent(viewport: Int) {
    guard let parent = selected?.parent, let i = rows.firstIndex(where: { $0.node.id == parent })
    else { return }
    cursor.move(to: i, count: rows.count, viewport: viewport)
  }

  /// Sets the filter: matching nodes are shown with their ancestors, fully expanded.
  ///
  /// - Complexity: O(*n*).
  public mutating func setFilter(_ text: String, roots: [TreeNode]) {
    filter = text
    flatten(roots)
  }

  private mutating func flatten(_ roots: [TreeNode]) {
    let selectedID = selected?.node.id
    let search = SubstringSearch(filter)
    var out: [TreeRow] = []
    func matches(_ node: TreeNode) -> Bool {
      search.matches(node.label.plain.lowercased()) || node.children.contains(where: matches)
    }
    func walk(_ nodes: [TreeNode], _ depth: Int, _ parent: String?) {
      for node in nodes where search.isEmpty || matches(node) {
        out.append(TreeRow(node: node, depth: depth, parent: parent))
        if expanded.contains(node.id) || !search.isEmpty { walk(node.children, depth + 1, node.id) }
      }
    }
    walk(roots, 0, nil)
    rows = out
    if let selectedID, let i = out.firstIndex(where: { $0.node.id == selectedID }) {
      cursor.index = i
    }
    cursor.index = max(0, min(cursor.index, out.count - 1))
  }
}

import RBAC
import TerminalUI

/// Draws an ``AccessGraph`` as text: layered columns (subjects → bindings → roles →
/// permissions) joined by box-drawing connectors, ASCII when the explorer draws ASCII.
///
/// Each path from a subject to a permission is a row; rows sharing a prefix share its cells, so
/// a subject with three bindings is drawn once with a three-way fork. A node reached by several
/// paths (a role bound twice) is drawn on each. Paths that contain every label of `focus` are
/// highlighted.
struct AccessGraphDrawing {
  /// The connector characters.
  struct Strokes {
    var horizontal: String
    var vertical: String
    var fork: String
    var branch: String
    var last: String

    static let unicode = Strokes(horizontal: "─", vertical: "│", fork: "┬", branch: "├", last: "└")
    static let ascii = Strokes(horizontal: "-", vertical: "|", fork: "+", branch: "+", last: "`")
  }

  /// One cell of a row: a node, a pass-through (the path skips the column), or nothing.
  enum Slot: Hashable {
    case node(String)
    case pass
    case end
  }

  /// The most paths drawn; more are counted below the graph.
  static let maximumRows = 400
  /// The width of the connector between two columns.
  static let gap = 4

  private let columns: [AccessGraph.Layer?]
  private let titles: [String]
  private let rows: [[Slot]]
  private let labels: [String: String]
  private let focused: [Bool]
  private let omitted: Int

  /// Lays out `graph`, highlighting the paths through every label of `focus`.
  ///
  /// - Complexity: O(*p* · *c*) for *p* paths of *c* columns.
  init(_ graph: AccessGraph, focus: [String]) {
    var labels: [String: String] = [:]
    for node in graph.nodes { labels[node.id] = node.label }
    var children: [String: [String]] = [:]
    var hasParent = Set<String>()
    for edge in graph.edges {
      children[edge.from, default: []].append(edge.to)
      hasParent.insert(edge.to)
    }
    let layer = Dictionary(uniqueKeysWithValues: graph.nodes.map { ($0.id, $0.layer) })
    var paths: [[String]] = []
    var omitted = 0
    func walk(_ path: [String]) {
      let next = children[path[path.count - 1]] ?? []
      if next.isEmpty {
        if paths.count < Self.maximumRows { paths.append(path) } else { omitted += 1 }
        return
      }
      for child in next where !path.contains(child) { walk(path + [child]) }
    }
    for node in graph.nodes where !hasParent.contains(node.id) { walk([node.id]) }
    let via = paths.contains { $0.filter { layer[$0] == .subject }.count > 1 }
    columns = via ? [.subject, nil, .binding, .role, .permission] : AccessGraph.Layer.allCases
    titles =
      via
      ? ["SUBJECT", "VIA GROUP", "BINDING", "ROLE", "PERMISSION"]
      : ["SUBJECT", "BINDING", "ROLE", "PERMISSION"]
    let isFocused = paths.map { path in
      !focus.isEmpty && focus.allSatisfy { label in path.contains { labels[$0] == label } }
    }
    let order = Self.focusedFirst(paths, focused: isFocused)
    rows = order.map { Self.slots(paths[$0], layer: layer, via: via) }
    focused = order.map { isFocused[$0] }
    self.labels = labels
    self.omitted = omitted
  }

  /// The order of the paths that draws the focused ones first, so they show without
  /// scrolling: at each depth, branches leading to a focused path come before the others,
  /// which keeps paths sharing a prefix together.
  ///
  /// - Complexity: O(*p* · *c* log *p*).
  private static func focusedFirst(_ paths: [[String]], focused: [Bool]) -> [Int] {
    var hot = Set<[String]>()
    var first: [[String]: Int] = [:]
    for (i, path) in paths.enumerated() {
      for d in path.indices {
        let prefix = Array(path[...d])
        if focused[i] { hot.insert(prefix) }
        if first[prefix] == nil { first[prefix] = i }
      }
    }
    let keys = paths.map { path in
      path.indices.map { d -> [Int] in
        let prefix = Array(path[...d])
        return [hot.contains(prefix) ? 0 : 1, first[prefix] ?? 0]
      }
    }
    return paths.indices.sorted { a, b in
      for (x, y) in zip(keys[a], keys[b]) where x != y { return x.lexicographicallyPrecedes(y) }
      return keys[a].count < keys[b].count
    }
  }

  /// Places a path's nodes in the columns.
  private static func slots(_ path: [String], layer: [String: AccessGraph.Layer], via: Bool)
    -> [Slot]
  {
    var out: [Slot] = Array(repeating: .end, count: via ? 5 : 4)
    var subjects = 0
    for id in path {
      guard let l = layer[id] else { continue }
      let column: Int
      if l == .subject {
        column = subjects == 0 ? 0 : 1
        subjects += 1
      } else {
        column = l.rawValue + (via ? 1 : 0)
      }
      if column < out.count { out[column] = .node(id) }
    }
    let lastNode = out.lastIndex { if case .node = $0 { true } else { false } } ?? 0
    for i in 0..<lastNode where out[i] == .end { out[i] = .pass }
    return out
  }

  /// The abbreviated label shown in a cell: `CRB name`, `RB ns/name`, `CR name`, `R ns/name`,
  /// `SA ns/name`.
  static func shortLabel(_ label: String) -> String {
    let prefixes = [
      ("ClusterRoleBinding/", "CRB "), ("RoleBinding/", "RB "), ("ClusterRole/", "CR "),
      ("Role/", "R "), ("ServiceAccount ", "SA "),
    ]
    for (long, short) in prefixes where label.hasPrefix(long) {
      return short + label.dropFirst(long.count)
    }
    return label
  }

  /// The drawn lines for a body `width` columns wide: a header, the legend, then the graph.
  ///
  /// - Complexity: O(*p* · *c*) for *p* paths of *c* columns.
  func lines(width: Int, ascii: Bool) -> [StyledLine] {
    let strokes = ascii ? Strokes.ascii : Strokes.unicode
    let ellipsis = ascii ? "~" : "…"
    let widths = columnWidths(width: width)
    var out: [StyledLine] = [
      StyledLine(
        zip(titles, widths).enumerated().map { i, pair in
          Span(
            pair.0.padded(toWidth: pair.1 + (i < widths.count - 1 ? Self.gap : 0)),
            .tableHeader)
        })
    ]
    guard !rows.isEmpty else { return out + [StyledLine("no grants to draw", .dim)] }
    let groups = (0..<columns.count).map { groupStarts(column: $0) }
    for r in rows.indices {
      var spans: [Span] = []
      for c in columns.indices {
        spans += cell(r, c, width: widths[c], groups: groups, strokes: strokes, ellipsis: ellipsis)
        if c < columns.count - 1 {
          spans += connector(r, c, groups: groups, strokes: strokes)
        }
      }
      out.append(StyledLine(merge(spans)))
    }
    if omitted > 0 {
      out.append(StyledLine("+\(omitted) more paths not drawn", .dim))
    }
    return out
  }

  // MARK: - Layout

  /// The width of each column: natural widths, the widest shrunk first until they fit.
  private func columnWidths(width: Int) -> [Int] {
    var widths = columns.indices.map { c in
      rows.reduce(titles[c].count + 1) { best, row in
        guard case .node(let id) = row[c] else { return best }
        return max(best, Self.shortLabel(labels[id] ?? "").displayWidth + 2)
      }
    }
    let available = max(columns.count * 6, width - Self.gap * (columns.count - 1))
    while widths.reduce(0, +) > available,
      let widest = widths.indices.max(by: {
        widths[$0] < widths[$1]
      }), widths[widest] > 6
    {
      widths[widest] -= 1
    }
    return widths
  }

  /// For each row, the row where its group in `column` starts (rows sharing the prefix of
  /// slots up to and including `column` form a group).
  private func groupStarts(column: Int) -> [Int] {
    var starts: [Int] = []
    for r in rows.indices {
      let same = r > 0 && rows[r][...column] == rows[r - 1][...column]
      starts.append(same ? starts[r - 1] : r)
    }
    return starts
  }

  /// The rows of the group starting at `start` in `column`.
  private func span(_ start: Int, column: Int, groups: [[Int]]) -> Range<Int> {
    var end = start + 1
    while end < rows.count, groups[column][end] == start { end += 1 }
    return start..<end
  }

  private func isFocused(_ range: Range<Int>) -> Bool { range.contains { focused[$0] } }

  // MARK: - Drawing

  private func cell(
    _ r: Int, _ c: Int, width: Int, groups: [[Int]], strokes: Strokes, ellipsis: String
  ) -> [Span] {
    let blank = [Span(String(repeating: " ", count: width))]
    guard groups[c][r] == r else { return blank }
    let hot = isFocused(span(r, column: c, groups: groups))
    let line: StyleRole = hot ? .title : .dim
    switch rows[r][c] {
    case .end: return blank
    case .pass: return [Span(String(repeating: strokes.horizontal, count: width), line)]
    case .node(let id):
      let text = Self.shortLabel(labels[id] ?? "").truncated(toWidth: width - 1, ellipsis: ellipsis)
      let continues = c < columns.count - 1 && rows[r][c + 1] != .end
      let fill = width - text.displayWidth
      guard continues, fill > 1 else {
        return [Span(text, hot ? .title : .body), Span(String(repeating: " ", count: fill))]
      }
      return [
        Span(text, hot ? .title : .body),
        Span(" " + String(repeating: strokes.horizontal, count: fill - 1), line),
      ]
    }
  }

  private func connector(_ r: Int, _ c: Int, groups: [[Int]], strokes: Strokes) -> [Span] {
    let blank = [Span(String(repeating: " ", count: Self.gap))]
    guard rows[r][c] != .end, rows[r][c + 1] != .end else { return blank }
    let parent = span(groups[c][r], column: c, groups: groups)
    let children = parent.filter { groups[c + 1][$0] == $0 && rows[$0][c + 1] != .end }
    let hotChild = { (s: Int) in self.isFocused(self.span(s, column: c + 1, groups: groups)) }
    let hotBelow = children.contains { $0 > r && hotChild($0) }
    func role(_ hot: Bool) -> StyleRole { hot ? .title : .dim }
    let h = strokes.horizontal
    guard groups[c + 1][r] == r else {
      let below = children.contains { $0 > r }
      return [Span(" "), Span(below ? strokes.vertical : " ", role(hotBelow)), Span("  ")]
    }
    let hot = hotChild(r)
    let end = rows[r][c + 1] == .pass ? Span(h, role(hot)) : Span(" ")
    if r == children.first {
      guard children.count > 1 else { return [Span(h + h + h, role(hot)), end] }
      return [
        Span(h, role(isFocused(parent))), Span(strokes.fork, role(hot || hotBelow)),
        Span(h, role(hot)), end,
      ]
    }
    return [
      Span(" "), Span(r == children.last ? strokes.last : strokes.branch, role(hot || hotBelow)),
      Span(h, role(hot)), end,
    ]
  }

  /// Joins neighbouring spans of the same role.
  private func merge(_ spans: [Span]) -> [Span] {
    var out: [Span] = []
    for span in spans {
      if let last = out.last, last.style == span.style {
        out[out.count - 1].text += span.text
      } else {
        out.append(span)
      }
    }
    while let last = out.last, last.text.allSatisfy({ $0 == " " }) { out.removeLast() }
    if let last = out.last, last.text.hasSuffix(" ") {
      out[out.count - 1].text = String(last.text.reversed().drop { $0 == " " }.reversed())
    }
    return out
  }
}

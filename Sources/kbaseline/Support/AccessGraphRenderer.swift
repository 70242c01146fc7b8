import RBAC

/// Text renderings of an ``AccessGraph`` for documents and slides.
enum AccessGraphRenderer {
  /// Graphviz DOT: left to right, one rank (cluster) per layer.
  static func dot(_ graph: AccessGraph) -> String {
    var lines = ["digraph rbac {", "  rankdir=LR;", "  node [fontname=\"Helvetica\"];"]
    for layer in AccessGraph.Layer.allCases {
      let nodes = graph.nodes(in: layer)
      guard !nodes.isEmpty else { continue }
      lines.append("  { rank=same;")
      for node in nodes {
        lines.append("    \(node.id) [label=\"\(escape(node.label))\", shape=\(shape(layer))];")
      }
      lines.append("  }")
    }
    for edge in graph.edges { lines.append("  \(edge.from) -> \(edge.to);") }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  /// A Mermaid flowchart, left to right.
  static func mermaid(_ graph: AccessGraph) -> String {
    var lines = ["flowchart LR"]
    for node in graph.nodes {
      let label = node.label.replacingOccurrences(of: "\"", with: "#quot;")
      let (open, close) = brackets(node.layer)
      lines.append("  \(node.id)\(open)\"\(label)\"\(close)")
    }
    for edge in graph.edges { lines.append("  \(edge.from) --> \(edge.to)") }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func shape(_ layer: AccessGraph.Layer) -> String {
    switch layer {
    case .subject: "ellipse"
    case .binding: "box"
    case .role: "box3d"
    case .permission: "note"
    }
  }

  private static func brackets(_ layer: AccessGraph.Layer) -> (String, String) {
    switch layer {
    case .subject: ("([", "])")
    case .binding: ("[", "]")
    case .role: ("[[", "]]")
    case .permission: ("[/", "/]")
    }
  }

  private static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
  }
}

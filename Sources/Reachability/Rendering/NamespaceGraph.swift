import Foundation

/// The namespace reachability graph as Graphviz DOT or Mermaid, for documents and slides:
/// one edge per cell that allows something, labelled with its ports; partial edges dashed.
public enum NamespaceGraph {
  /// Graphviz DOT text.
  ///
  /// - Complexity: O(*cells*).
  public static func dot(_ matrix: NamespaceMatrix) -> String {
    var lines = ["digraph reachability {", "  rankdir=LR;", "  node [shape=box];"]
    for name in matrix.namespaces { lines.append("  \(quoted(name));") }
    for cell in matrix.allowedCells {
      let style = cell.verdict == .partial ? ", style=dashed" : ""
      lines.append(
        "  \(quoted(cell.from)) -> \(quoted(cell.to)) [label=\(quoted(cell.ports.portsText))\(style)];"
      )
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  /// Mermaid flowchart text.
  ///
  /// - Complexity: O(*cells* + *n* log *n*).
  public static func mermaid(_ matrix: NamespaceMatrix) -> String {
    let ids = Dictionary(
      uniqueKeysWithValues: matrix.namespaces.enumerated().map { ($1, "n\($0)") })
    var lines = ["flowchart LR"]
    for name in matrix.namespaces { lines.append("  \(ids[name]!)[\"\(escaped(name))\"]") }
    for cell in matrix.allowedCells {
      let arrow = cell.verdict == .partial ? "-.->" : "-->"
      lines.append(
        "  \(ids[cell.from]!) \(arrow)|\"\(escaped(cell.ports.portsText))\"| \(ids[cell.to]!)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func quoted(_ text: String) -> String {
    "\""
      + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
        of: "\"", with: "\\\"") + "\""
  }

  private static func escaped(_ text: String) -> String {
    text.replacingOccurrences(of: "\"", with: "#quot;")
  }
}

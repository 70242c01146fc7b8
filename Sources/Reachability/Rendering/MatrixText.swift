import Foundation
import KubeModel

/// The default `kbaseline reach` table: the namespace matrix as a glyph grid, the allowed
/// cells with their ports, isolation coverage, findings and assumptions.
public enum MatrixText {
  /// The glyph of a verdict: `#` all, `+` partial, `.` none.
  public static func glyph(_ verdict: MatrixVerdict) -> Character {
    switch verdict {
    case .all: "#"
    case .partial: "+"
    case .none: "."
    }
  }

  /// Renders the report.
  ///
  /// - Complexity: O(*n*² + *cells* + *findings*).
  public static func render(_ matrix: NamespaceMatrix, findings: [Finding], assumptions: [String])
    -> String
  {
    var lines: [String] = []
    lines += grid(matrix)
    lines.append("")
    lines.append("Allowed namespace pairs (from -> to: verdict, ports, connected/total pairs):")
    let allowed = matrix.allowedCells
    if allowed.isEmpty { lines.append("  (none)") }
    for cell in allowed {
      lines.append(
        "  \(cell.from) -> \(cell.to): \(cell.verdict.rawValue), \(cell.ports), \(cell.connectedPairCount)/\(cell.pairCount)"
      )
    }
    lines.append("")
    lines += coverageTable(matrix.coverage)
    if !matrix.flatNamespaces.isEmpty {
      lines.append("")
      lines.append("Flat namespaces: \(matrix.flatNamespaces.joined(separator: ", "))")
    }
    lines.append("")
    lines.append("Findings (\(findings.count)):")
    for finding in findings {
      lines.append(
        "  [\(finding.severity.rawValue)] \(finding.rule) \(finding.target): \(finding.message)")
    }
    lines.append("")
    lines.append("Assumptions:")
    lines += assumptions.map { "  - \($0)" }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func grid(_ matrix: NamespaceMatrix) -> [String] {
    let names = matrix.namespaces
    let width = names.map(\.count).max() ?? 0
    var lines = ["Namespace reachability (rows: from, columns: to; # all, + partial, . none)"]
    let numbers = names.indices.map { String($0 + 1) }
    let column = (numbers.last?.count ?? 1) + 1
    lines.append(
      String(repeating: " ", count: width + column + 2)
        + numbers.map { $0.padding(toLength: column, withPad: " ", startingAt: 0) }.joined())
    for (row, name) in names.enumerated() {
      var line =
        numbers[row].padding(toLength: column, withPad: " ", startingAt: 0) + " "
        + name.padding(toLength: width, withPad: " ", startingAt: 0) + " "
      for to in names.indices {
        let symbol = matrix.verdict(from: row, to: to).map { String(glyph($0)) } ?? " "
        line += symbol.padding(toLength: column, withPad: " ", startingAt: 0)
      }
      lines.append(line)
    }
    return lines
  }

  private static func coverageTable(_ rows: [NamespaceCoverage]) -> [String] {
    let width = max(9, rows.map(\.namespace.count).max() ?? 0) + 2
    var lines = ["Isolation coverage:"]
    lines.append(
      "  " + "NAMESPACE".padding(toLength: width, withPad: " ", startingAt: 0)
        + "PODS  POLICIES  INGRESS  EGRESS  FROM-EXTERNAL")
    for row in rows where row.pods > 0 {
      lines.append(
        "  " + row.namespace.padding(toLength: width, withPad: " ", startingAt: 0)
          + String(row.pods).padding(toLength: 6, withPad: " ", startingAt: 0)
          + String(row.policies).padding(toLength: 10, withPad: " ", startingAt: 0)
          + percent(row.ingressCoverage).padding(toLength: 9, withPad: " ", startingAt: 0)
          + percent(row.egressCoverage).padding(toLength: 8, withPad: " ", startingAt: 0)
          + (row.fromExternal.isEmpty ? "-" : row.fromExternal.description))
    }
    return lines
  }

  private static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}

import Explorer
import Foundation

/// The `bench scale` table: one column per size, one row per figure.
struct ScaleTable {
  /// Each size's figures and orjson's parse time of its file (nil without orjson).
  let rows: [(figures: ScaleFigures, orjson: Double?)]

  /// The table as text (Markdown, so it pastes into the README).
  var text: String {
    var lines: [[String]] = [[""] + rows.map { "\(Self.thousands($0.figures.pods)) pods" }]
    func add(_ label: String, _ value: (ScaleFigures, Double?) -> String) {
      lines.append([label] + rows.map { value($0.figures, $0.orjson) })
    }
    add("namespaces") { f, _ in Self.thousands(f.namespaces) }
    add("snapshot file") { f, _ in String(format: "%.0f MB", Double(f.bytes) / 1e6) }
    add("load (read + decode)") { f, _ in Self.s(f.loadSeconds) }
    for step in PreparationStep.allCases where step != .loading {
      add("— \(step.rawValue)") { f, _ in f.stepSeconds[step.rawValue].map(Self.s) ?? "–" }
    }
    add("**loaded and analysed (first frame)**") { f, _ in "**\(Self.s(f.firstFrameSeconds))**" }
    add("RSS after load") { f, _ in String(format: "%.0f MiB", f.loadedRSSMiB) }
    add("peak RSS") { f, _ in String(format: "%.0f MiB", f.peakRSSMiB) }
    add("orjson parse (floor)") { _, o in o.map(Self.s) ?? "n/a" }
    add("load ÷ floor") { f, o in o.map { String(format: "%.1f×", f.loadSeconds / $0) } ?? "n/a" }
    add("first frame ÷ floor") { f, o in
      o.map { String(format: "%.1f×", f.firstFrameSeconds / $0) } ?? "n/a"
    }
    for (index, key) in (rows.first?.figures.keys ?? []).enumerated() {
      add("key: \(key.scenario), median / p99") { f, _ in
        guard index < f.keys.count else { return "–" }
        return String(
          format: "%.1f / %.1f ms", f.keys[index].medianMilliseconds, f.keys[index].p99Milliseconds)
      }
    }
    let widths = lines[0].indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
    let rendered = lines.map { cells in
      "| "
        + cells.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
        .joined(separator: " | ") + " |"
    }
    let rule =
      "|" + widths.map { String(repeating: "-", count: $0 + 2) }.joined(separator: "|") + "|"
    return ([rendered[0], rule] + rendered.dropFirst()).joined(separator: "\n")
  }

  private static func s(_ seconds: Double) -> String { String(format: "%.2f s", seconds) }

  private static func thousands(_ value: Int) -> String {
    let digits = String(value)
    var out = ""
    for (i, c) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(c)
    }
    return out
  }
}

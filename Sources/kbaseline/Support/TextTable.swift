/// Left-aligned text columns for table output.
enum TextTable {
  /// Renders rows under a header, each column as wide as its widest cell.
  static func render(header: [String], rows: [[String]]) -> String {
    let all = [header] + rows
    let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
    return all.map { row in
      row.enumerated().map { index, cell in
        index == row.count - 1
          ? cell : cell.padding(toLength: widths[index] + 2, withPad: " ", startingAt: 0)
      }.joined()
    }.joined(separator: "\n") + "\n"
  }
}

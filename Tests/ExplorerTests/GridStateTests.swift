import TerminalUI
import Testing

@testable import Explorer

/// The grid body's cell cursor on a small synthetic grid: headers, the corner, scrolling and
/// the fold's cursor mapping.
@Suite("Grid cell cursor")
struct GridStateTests {
  static func header(_ id: String, members: [String] = []) -> GridHeader {
    GridHeader(id: id, label: id, short: String(id.prefix(1)), members: members)
  }

  /// Rows and columns a, b, c, d; folded: a, then g = {b, c, d}.
  static let full = GridData(
    rows: ["a", "b", "c", "d"].map { header($0) },
    columns: ["a", "b", "c", "d"].map { header($0) },
    styles: [GridCellStyle(".", .dim), GridCellStyle("#", .verdictAllow)],
    cells: (0..<16).map { UInt8($0 % 2) })
  static let fold = GridFold(
    grid: GridData(
      rows: [header("a"), header("g", members: ["b", "c", "d"])],
      columns: [header("a"), header("g", members: ["b", "c", "d"])],
      styles: [GridCellStyle(".", .dim)], cells: [0, 0, 0, 0]),
    name: "3 letters")

  @Test("cells, the row header, the column header and the corner have their ids")
  func selection() {
    var state = GridState(folded: false)
    #expect(state.selectedID(in: Self.full) == "a|a")
    state.moveColumn(by: 1, in: Self.full, viewport: 4)
    state.moveRow(by: 2, in: Self.full, viewport: 4)
    #expect(state.selectedID(in: Self.full) == "c|b")
    #expect(GridData.split("c|b")! == ("c", "b"))
    state.moveColumn(by: -1, in: Self.full, viewport: 4)
    state.moveColumn(by: -1, in: Self.full, viewport: 4)
    #expect(state.selectedID(in: Self.full) == "c")
    state.moveRow(by: -2, in: Self.full, viewport: 4)
    state.moveRow(by: -1, in: Self.full, viewport: 4)
    #expect(state.selectedID(in: Self.full) == "corner")
    state.moveColumn(by: 1, in: Self.full, viewport: 4)
    #expect(state.selectedID(in: Self.full) == "a")
    state.moveRow(by: 3, in: Self.full, viewport: 4)
    #expect(state.selectedID(in: Self.full) == "c|a")
  }

  @Test("moving past the last column scrolls the columns and stops at the edge")
  func scrolling() {
    var state = GridState(folded: false)
    for _ in 0..<5 { state.moveColumn(by: 1, in: Self.full, viewport: 2) }
    #expect(state.column.index == 3)
    #expect(state.column.offset == 2)
    #expect(state.selectedID(in: Self.full) == "a|d")
  }

  @Test("folding keeps the cursor on the group that holds its row and column, and back")
  func foldMapping() {
    var state = GridState(folded: false)
    state.moveRow(by: 2, in: Self.full, viewport: 4)
    #expect(state.selectedID(in: Self.full) == "c|a")
    state.toggleFold(Self.full, fold: Self.fold)
    #expect(state.isFolded)
    #expect(state.selectedID(in: state.data(Self.full, fold: Self.fold)) == "g|a")
    state.toggleFold(Self.full, fold: Self.fold)
    #expect(state.selectedID(in: state.data(Self.full, fold: Self.fold)) == "b|a")
  }
}

import Testing

@testable import TerminalUI

@Suite("Table widget")
struct TableTests {
  static func data(rows: Int) -> TableData {
    TableData(
      columns: [TableColumn("NAME", flexible: true), TableColumn("PODS", alignRight: true)],
      rows: (0..<rows).map { i in
        TableRow(
          id: "r\(i)", cells: [TableCell("row-\(i)"), TableCell(rows - i)],
          namespace: i % 2 == 0 ? "even" : "odd")
      })
  }

  @Test("only the visible rows of a large table are drawn, following the cursor")
  func virtualised() {
    let data = Self.data(rows: 100_000)
    var state = TableState(data: data)
    let rect = Rect(x: 0, y: 0, width: 20, height: 5)
    let viewport = TableView.viewportHeight(rect)
    state.cursor.move(by: 50_000, count: state.visible.count, viewport: viewport)
    var screen = Screen(size: Size(width: 20, height: 5))
    TableView.draw(data, state: state, in: rect, on: &screen)
    #expect(viewport == 4)
    #expect(state.cursor.offset == 49_997)
    #expect(screen.lines[0].hasPrefix("NAME"))
    #expect(screen.lines[1].hasPrefix("row-49997"))
    #expect(screen.lines[4].hasPrefix("row-50000"))
    #expect(screen[0, 4].style.role == .tableCursor)
    #expect(screen[0, 3].style.role == .body)
  }

  @Test("sorting by a numeric column orders by value and keeps the selected row")
  func sorting() {
    let data = Self.data(rows: 12)
    var state = TableState(data: data)
    state.cursor.move(to: 3, count: 12, viewport: 10)
    state.sort(by: 1, data: data)
    #expect(state.sort == TableSort(column: 1, ascending: false))
    #expect(data.rows[state.visible[0]].id == "r0")
    state.sort(by: 1, data: data)
    #expect(data.rows[state.visible[0]].id == "r11")
    #expect(state.selectedRow(in: data)?.id == "r3")
    state.sort(by: 0, data: data)
    #expect(state.visible.prefix(3).map { data.rows[$0].id } == ["r0", "r1", "r2"])
    #expect(data.rows[state.visible[11]].id == "r11")
  }

  @Test("the filter and the namespace hide rows; jumps wrap around matches")
  func filtering() {
    let data = Self.data(rows: 30)
    var state = TableState(data: data)
    state.setFilter("ROW-2", data: data)
    #expect(state.visible.map { data.rows[$0].id } == ["r2"] + (20...29).map { "r\($0)" })
    state.setNamespace("odd", data: data)
    #expect(state.visible.map { data.rows[$0].id } == ["r21", "r23", "r25", "r27", "r29"])
    state.setFilter("", data: data)
    state.setNamespace(nil, data: data)
    #expect(state.visible.count == 30)
    let found1 = state.jumpToMatch("row-1", forward: true, data: data, viewport: 5)
    #expect(found1)
    #expect(state.cursor.index == 1)
    let found2 = state.jumpToMatch("row-1", forward: true, data: data, viewport: 5)
    #expect(found2)
    #expect(state.cursor.index == 10)
    let found3 = state.jumpToMatch("row-1", forward: false, data: data, viewport: 5)
    #expect(found3)
    #expect(state.cursor.index == 1)
    let found4 = state.jumpToMatch("nothing", forward: true, data: data, viewport: 5)
    #expect(!found4)
  }

  @Test("header shows the sort marker and an empty table shows its message")
  func headerAndEmpty() {
    let data = Self.data(rows: 3)
    var state = TableState(data: data, sort: TableSort(column: 0))
    var screen = Screen(size: Size(width: 20, height: 4))
    TableView.draw(data, state: state, in: Rect(screen.size), on: &screen)
    #expect(screen.lines[0] == "NAME▲  PODS")
    state.setFilter("zzz", data: data)
    screen = Screen(size: Size(width: 20, height: 4))
    TableView.draw(data, state: state, in: Rect(screen.size), on: &screen)
    #expect(screen.lines[1] == " no rows match")
  }

  @Test("column widths fit: natural when there is room, flexible columns shrink first")
  func columnFitting() {
    let columns = [
      TableColumn("A", flexible: true, minWidth: 4), TableColumn("B"),
      TableColumn("C", minWidth: 2),
    ]
    #expect(ColumnFitter.fit(columns, natural: [10, 5, 5], available: 30) == [10, 5, 5])
    #expect(ColumnFitter.fit(columns, natural: [10, 5, 5], available: 16) == [4, 5, 5])
    #expect(ColumnFitter.fit(columns, natural: [10, 5, 5], available: 12) == [4, 3, 3])
    let fitted = ColumnFitter.fit(columns, natural: [10, 5, 5], available: 22)
    #expect(fitted.reduce(0, +) + 2 == 22)
    #expect(fitted[1] == 5 && fitted[2] == 5)
  }
}

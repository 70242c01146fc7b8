/// A grid of cells that widgets draw into; backends present it, tests compare its ``text``.
///
/// Drawing clips to the screen (and to an optional clip rectangle), keeps wide characters whole
/// (a wide character that does not fit is replaced by a space) and never leaves half of a wide
/// character behind when it is overwritten.
public struct Screen: Hashable, Sendable {
  /// The size in cells.
  public let size: Size
  /// The characters used for frames and markers.
  public var glyphs: Glyphs
  /// The cells, row by row.
  public private(set) var cells: [Cell]

  /// Creates a blank screen.
  ///
  /// - Complexity: O(*w*·*h*).
  public init(size: Size, glyphs: Glyphs = .unicode) {
    self.size = size
    self.glyphs = glyphs
    cells = Array(repeating: .blank, count: size.width * size.height)
  }

  /// Columns.
  public var width: Int { size.width }
  /// Rows.
  public var height: Int { size.height }
  /// The whole screen.
  public var bounds: Rect { Rect(size) }

  /// The cell at column `x`, row `y` (blank outside the screen).
  public subscript(x: Int, y: Int) -> Cell {
    guard x >= 0, y >= 0, x < width, y < height else { return .blank }
    return cells[y * width + x]
  }

  /// Writes `text` from column `x` of row `y`, clipped to the screen and to `clip`.
  ///
  /// Control characters are drawn as spaces.
  /// - Returns: the number of columns advanced (counting stops at the clip edge).
  /// - Complexity: O(*n*) in the length of `text`.
  @discardableResult
  public mutating func put(
    _ text: String, x: Int, y: Int, style: Style = .body, clip: Rect? = nil
  ) -> Int {
    let area = clip.map { intersect($0) } ?? bounds
    var column = x
    for character in text {
      let w = CharacterWidth.of(character)
      if w == 0 {
        if character.unicodeScalars.first.map({ $0.value < 0x20 || $0.value == 0x7F }) == true {
          set(" ", x: column, y: y, style: style, area: area)
          column += 1
        }
        continue
      }
      if w == 2 && (column + 1 >= area.maxX || column < area.x) {
        set(" ", x: column, y: y, style: style, area: area)
        set(" ", x: column + 1, y: y, style: style, area: area)
      } else {
        set(character, x: column, y: y, style: style, area: area)
        if w == 2 { setContinuation(x: column + 1, y: y, style: style, area: area) }
      }
      column += w
      if column >= area.maxX { break }
    }
    return column - x
  }

  /// Fills a rectangle with a character.
  ///
  /// - Complexity: O(*w*·*h*) of the rectangle.
  public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .body) {
    let area = intersect(rect)
    for y in area.y..<area.maxY {
      for x in area.x..<area.maxX { set(character, x: x, y: y, style: style, area: area) }
    }
  }

  /// Changes the style of the cells in a rectangle, keeping their characters.
  ///
  /// - Complexity: O(*w*·*h*) of the rectangle.
  public mutating func restyle(_ rect: Rect, style: Style) {
    let area = intersect(rect)
    for y in area.y..<area.maxY {
      for x in area.x..<area.maxX { cells[y * width + x].style = style }
    }
  }

  /// The screen as text: one line per row, continuation cells omitted, trailing spaces trimmed.
  ///
  /// This is the golden form used by tests.
  ///
  /// - Complexity: O(*w*·*h*).
  public var text: String { lines.joined(separator: "\n") }

  /// The rows as text, trailing spaces trimmed.
  ///
  /// - Complexity: O(*w*·*h*).
  public var lines: [String] {
    (0..<height).map { y in
      var line = ""
      for x in 0..<width where !cells[y * width + x].isContinuation {
        line.append(cells[y * width + x].character)
      }
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  /// The cells that differ from `previous`, as runs per row.
  ///
  /// A screen of another size counts as entirely changed.
  ///
  /// - Complexity: O(*w*·*h*).
  public func changes(since previous: Screen?) -> [ScreenChange] {
    var out: [ScreenChange] = []
    let same = previous?.size == size
    for y in 0..<height {
      var run: ScreenChange?
      for x in 0..<width {
        let cell = cells[y * width + x]
        let differs = !same || previous!.cells[y * width + x] != cell
        if differs {
          if run == nil { run = ScreenChange(x: x, y: y, cells: []) }
          run!.cells.append(cell)
        } else if let done = run {
          out.append(done)
          run = nil
        }
      }
      if let done = run { out.append(done) }
    }
    return out
  }

  private func intersect(_ rect: Rect) -> Rect {
    let x0 = max(0, rect.x)
    let y0 = max(0, rect.y)
    let x1 = min(width, rect.maxX)
    let y1 = min(height, rect.maxY)
    return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
  }

  private mutating func set(_ character: Character, x: Int, y: Int, style: Style, area: Rect) {
    guard area.contains(Point(x: x, y: y)) else { return }
    breakWideCharacter(at: x, y: y)
    cells[y * width + x] = Cell(character, style: style)
  }

  private mutating func setContinuation(x: Int, y: Int, style: Style, area: Rect) {
    guard area.contains(Point(x: x, y: y)) else { return }
    if x + 1 < width, cells[y * width + x + 1].isContinuation {
      cells[y * width + x + 1] = Cell(" ", style: cells[y * width + x + 1].style)
    }
    cells[y * width + x] = Cell(" ", style: style, isContinuation: true)
  }

  /// Blanks the other half of a wide character that the write at (x, y) would split.
  private mutating func breakWideCharacter(at x: Int, y: Int) {
    let index = y * width + x
    if cells[index].isContinuation, x > 0 {
      cells[index - 1] = Cell(" ", style: cells[index - 1].style)
    }
    if x + 1 < width, cells[index + 1].isContinuation {
      cells[index + 1] = Cell(" ", style: cells[index + 1].style)
    }
  }
}

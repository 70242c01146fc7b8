import TerminalUI

/// Draws the loading screen for `state` into a screen of `size`.
///
/// Pure: the same state, size and glyphs always give the same screen (the spinner's frame comes
/// from ``LoadingState/elapsed``).
///
/// - Complexity: O(*w*·*h*) plus the number of inputs.
public func render(_ state: LoadingState, size: Size, glyphs: Glyphs) -> Screen {
  LoadingScreen.render(state, size: size, glyphs: glyphs)
}

/// The loading screen's layout.
///
/// A header, a centred panel listing the inputs with their sizes and each preparation step
/// (pending, running with a spinner and its time so far, done with its duration), the total
/// time, and the cancel hint. Below ``minimum`` it shrinks to a few centred lines.
enum LoadingScreen {
  /// The smallest size for the full layout (one input listed).
  static let minimum = Size(width: 40, height: 14)
  /// The widest the panel grows.
  static let panelWidth = 72
  /// The most input lines listed before the rest are summed up.
  static let maximumInputLines = 8
  /// Rows around the input lines: header, hints, panel borders, blank lines, steps, elapsed.
  private static let fixedRows = 2 + 2 + 2 + PreparationStep.allCases.count + 1

  static func render(_ state: LoadingState, size: Size, glyphs: Glyphs) -> Screen {
    var screen = Screen(size: size, glyphs: glyphs)
    if size.contains(minimum) {
      drawFull(state, on: &screen)
    } else {
      drawCompact(state, on: &screen)
    }
    return screen
  }

  // MARK: - Full layout

  private static func drawFull(_ state: LoadingState, on screen: inout Screen) {
    let glyphs = screen.glyphs
    let names =
      state.inputs.count > 2
      ? "\(state.inputs.count) inputs"
      : state.inputs.map { fileName($0.path) }.joined(separator: ", ")
    HeaderBar.draw(
      left: "kbaseline  \(names)", right: "opening \(LoadingFormat.bytes(state.totalBytes))",
      in: Rect(screen.size), on: &screen)
    HintBar.draw(
      [HintBar.Hint(key: "q", label: "cancel")], in: Rect(screen.size).splitBottom(1).bottom,
      on: &screen)
    let width = min(panelWidth, screen.width - 4)
    let inputs = inputLines(
      state, rows: screen.height - fixedRows, width: width - 4, glyphs: glyphs)
    let lines =
      inputs + [nil] + PreparationStep.allCases.map { stepLine($0, state, glyphs) }
      + [nil, elapsedLine(state)]
    let middle = Rect(x: 0, y: 1, width: screen.width, height: screen.height - 2)
    let panel = middle.centered(Size(width: width, height: lines.count + 2))
    let inner = Box.draw(in: panel, on: &screen, title: "Opening snapshot").inset(dx: 1, dy: 0)
    for (offset, line) in lines.enumerated() {
      guard let line else { continue }
      draw(line, in: inner.row(offset), on: &screen)
    }
  }

  /// A row of the panel: text on the left, a status on the right.
  private struct Line {
    var left: [Span]
    var right: Span
  }

  private static func draw(_ line: Line, in row: Rect, on screen: inout Screen) {
    let rightWidth = line.right.text.displayWidth
    screen.put(
      line.right.text, x: row.maxX - rightWidth, y: row.y, style: line.right.style, clip: row)
    let room = Rect(x: row.x, y: row.y, width: max(0, row.width - rightWidth - 2), height: 1)
    StyledLine(line.left).draw(in: room, on: &screen)
  }

  /// One line per input, or the first ones and a line summing up the rest when they do not fit.
  private static func inputLines(
    _ state: LoadingState, rows: Int, width: Int, glyphs: Glyphs
  ) -> [Line?] {
    let limit = max(1, min(rows, maximumInputLines))
    func line(_ input: LoadingInput) -> Line {
      let size = LoadingFormat.bytes(input.bytes)
      let room = width - size.displayWidth - 2
      return Line(
        left: [Span(headTruncated(input.path, toWidth: room, ellipsis: glyphs.ellipsis))],
        right: Span(size, .dim))
    }
    guard state.inputs.count > limit else { return state.inputs.map(line) }
    let shown = state.inputs.prefix(limit - 1)
    let rest = state.inputs.dropFirst(limit - 1)
    let restBytes = rest.reduce(Int64(0)) { $0 + $1.bytes }
    return shown.map(line) + [
      Line(
        left: [Span("\(glyphs.ellipsis) \(rest.count) more", .dim)],
        right: Span(LoadingFormat.bytes(restBytes), .dim))
    ]
  }

  private static func stepLine(
    _ step: PreparationStep, _ state: LoadingState, _ glyphs: Glyphs
  ) -> Line {
    let name = step.rawValue
    switch state.status(of: step) {
    case .pending:
      return Line(
        left: [Span(pendingMark(glyphs), .dim), Span(" " + name, .dim)],
        right: Span("pending", .dim))
    case .running:
      let time = LoadingFormat.duration(state.duration(of: step) ?? .zero)
      return Line(
        left: [Span(spinner(state.elapsed, glyphs), .title), Span(" " + name)],
        right: Span(time))
    case .done(let duration):
      return Line(
        left: [Span(doneMark(glyphs), .success), Span(" " + name)],
        right: Span(LoadingFormat.duration(duration), .dim))
    }
  }

  private static func elapsedLine(_ state: LoadingState) -> Line {
    Line(left: [Span("elapsed", .dim)], right: Span(LoadingFormat.duration(state.elapsed)))
  }

  // MARK: - Compact layout

  /// Up to three centred lines: what is opening, what runs now, the time and the cancel key.
  private static func drawCompact(_ state: LoadingState, on screen: inout Screen) {
    let glyphs = screen.glyphs
    let title = StyledLine("kbaseline: opening \(LoadingFormat.bytes(state.totalBytes))", .title)
    let elapsed = StyledLine([
      Span("elapsed \(LoadingFormat.duration(state.elapsed))", .dim), Span("  "),
      Span("q", .hintKey), Span(" cancel", .dim),
    ])
    let all = [title, currentLine(state, width: screen.width, glyphs), elapsed]
    let lines: [StyledLine] =
      switch screen.height {
      case ..<1: []
      case 1: [all[1]]
      case 2: Array(all[1...])
      default: all
      }
    let top = max(0, (screen.height - lines.count) / 2)
    for (offset, line) in lines.enumerated() {
      let width = min(line.width, screen.width)
      let x = (screen.width - width) / 2
      line.draw(in: Rect(x: x, y: top + offset, width: screen.width - x, height: 1), on: &screen)
    }
  }

  /// The running steps (names cut to fit `width`) with the longest running time, or the last
  /// step done between steps.
  private static func currentLine(
    _ state: LoadingState, width: Int, _ glyphs: Glyphs
  ) -> StyledLine {
    let running = state.runningSteps
    guard !running.isEmpty else {
      let done = PreparationStep.allCases.last { state.duration(of: $0) != nil }
      return StyledLine(
        [Span(spinner(state.elapsed, glyphs), .title), Span(" " + (done?.rawValue ?? "starting"))])
    }
    let longest =
      " " + LoadingFormat.duration(running.compactMap { state.duration(of: $0) }.max() ?? .zero)
    let names = running.map(\.rawValue).joined(separator: ", ")
    let room = max(1, width - 2 - longest.displayWidth)
    return StyledLine([
      Span(spinner(state.elapsed, glyphs), .title),
      Span(" " + names.truncated(toWidth: room, ellipsis: glyphs.ellipsis)),
      Span(longest, .dim),
    ])
  }

  // MARK: - Glyphs and text

  /// The spinner's frame for a time: one frame per 100 ms.
  static func spinner(_ elapsed: Duration, _ glyphs: Glyphs) -> String {
    let frames: [String] =
      glyphs == .ascii
      ? ["|", "/", "-", "\\"] : ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]
    let tick = max(0, Int(elapsed / .milliseconds(100)))
    return frames[tick % frames.count]
  }

  private static func doneMark(_ glyphs: Glyphs) -> String { glyphs == .ascii ? "*" : "✓" }
  private static func pendingMark(_ glyphs: Glyphs) -> String { glyphs == .ascii ? "." : "·" }

  private static func fileName(_ path: String) -> String {
    let trimmed = path.hasSuffix("/") && path.count > 1 ? String(path.dropLast()) : path
    return trimmed.split(separator: "/").last.map(String.init) ?? trimmed
  }

  /// `text` cut at the front (`…/dir/file.json`) to fit `width`; file names matter most.
  static func headTruncated(_ text: String, toWidth width: Int, ellipsis: String) -> String {
    guard text.displayWidth > width else { return text }
    var kept: [Character] = []
    var used = ellipsis.displayWidth
    for character in text.reversed() {
      used += CharacterWidth.of(character)
      guard used <= width else { break }
      kept.append(character)
    }
    return ellipsis + String(kept.reversed())
  }
}

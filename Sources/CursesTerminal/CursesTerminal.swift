import CNcurses
import TerminalUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real terminal, through ncursesw.
///
/// This is the only code that calls curses; every call happens on the thread that created it.
///
/// Opening sets the locale, uses `newterm` (a bad `TERM` is an error, not an exit), raw mode,
/// `set_escdelay(25)`, default colours, and installs SIGINT/SIGTERM/SIGHUP/SIGQUIT handlers that
/// restore the terminal before exiting. ``close()`` (also run on deinit) restores it otherwise.
public final class CursesTerminal: Terminal {
  /// What the terminal can show.
  public let capability: TerminalCapability
  private var screenHandle: OpaquePointer?
  private var palette: CursesPalette?
  private var paletteTheme: Theme?
  private var lastScreen: Screen?

  /// Takes over the terminal.
  ///
  /// - Throws: ``TerminalError`` when standard input/output is not a terminal or the terminal
  ///   type is unknown.
  public init(options: CursesOptions = CursesOptions()) throws(TerminalError) {
    setlocale(LC_ALL, "")
    guard isatty(0) == 1, isatty(1) == 1 else {
      throw TerminalError("the explorer needs a terminal (standard input and output are not one)")
    }
    let term = getenv("TERM").map { String(cString: $0) } ?? ""
    guard !term.isEmpty else {
      throw TerminalError("TERM is not set; set it to your terminal type (e.g. xterm-256color)")
    }
    guard let handle = tui_newterm() else {
      throw TerminalError(
        "cannot use terminal type '\(term)' (no terminfo entry); set TERM to e.g. xterm-256color")
    }
    screenHandle = handle
    set_term(handle)
    tui_install_signal_handlers()
    raw()
    noecho()
    nonl()
    keypad(tui_stdscr(), true)
    set_escdelay(25)
    curs_set(0)
    var colors: Int32 = 0
    if !options.noColor && has_colors() {
      start_color()
      use_default_colors()
      colors = tui_colors()
    }
    if options.mouse {
      mousemask(tui_mouse_mask(), nil)
      mouseinterval(0)
    }
    capability = TerminalCapability(
      colors: Int(colors), unicode: tui_codeset_is_utf8() != 0 && !options.ascii,
      mouse: options.mouse)
  }

  deinit { close() }

  /// Restores the terminal (idempotent).
  public func close() {
    guard let handle = screenHandle else { return }
    screenHandle = nil
    curs_set(1)
    endwin()
    delscreen(handle)
    tui_reset_signal_handlers()
  }

  /// The current size.
  public var size: Size {
    var rows: Int32 = 0
    var cols: Int32 = 0
    tui_getmaxyx(&rows, &cols)
    return Size(width: Int(cols), height: Int(rows))
  }

  /// Waits for a key, a resize or a mouse event.
  ///
  /// Without a timeout, an interrupted read is retried; nil then means the input has ended
  /// (the terminal went away).
  public func nextEvent(timeout: Int?) -> InputEvent? {
    wtimeout(tui_stdscr(), Int32(timeout ?? -1))
    while true {
      var code: wint_t = 0
      errno = 0
      let result = get_wch(&code)
      if result == tui_key_code_yes() {
        guard let event = functionKey(Int32(code)) else { continue }
        return event
      }
      if result == OK { return .key(CursesKeyDecoder.character(UInt32(code))) }
      if timeout == nil && errno == EINTR { continue }
      return nil
    }
  }

  private func functionKey(_ code: Int32) -> InputEvent? {
    if code == tui_key_resize() { return .resize(size) }
    if code == tui_key_mouse() { return mouseEvent() }
    return CursesKeyDecoder.functionKey(code).map { .key($0) }
  }

  private func mouseEvent() -> InputEvent? {
    var event = MEVENT()
    guard getmouse(&event) == OK else { return nil }
    let point = Point(x: Int(event.x), y: Int(event.y))
    if tui_mouse_wheel_up(event.bstate) != 0 {
      return .mouse(MouseEvent(kind: .wheelUp, position: point))
    }
    if tui_mouse_wheel_down(event.bstate) != 0 {
      return .mouse(MouseEvent(kind: .wheelDown, position: point))
    }
    if tui_mouse_button1(event.bstate) != 0 {
      return .mouse(MouseEvent(kind: .press, position: point))
    }
    return nil
  }

  /// Draws a screen, writing only the cells that changed since the last one.
  ///
  /// After a resize or a theme change every cell is written. Each run of one role is written
  /// with that role's attributes and colour pair; curses then sends only what changed.
  ///
  /// - Complexity: O(*w*·*h*) to find the changes, plus the changed cells.
  public func present(_ screen: Screen, theme: Theme) {
    var full = lastScreen?.size != screen.size
    if paletteTheme != theme || palette == nil {
      palette = CursesPalette(theme: theme, colors: capability.colors)
      paletteTheme = theme
      full = true
    }
    guard let palette else { return }
    if full { erase() }
    let limit = size
    for change in screen.changes(since: full ? nil : lastScreen) where change.y < limit.height {
      write(change, limit: limit.width, palette: palette)
    }
    lastScreen = screen
    attr_set(tui_a_normal(), 0, nil)
    refresh()
  }

  /// Writes one changed run, split into segments of one role; continuation cells are skipped
  /// (their wide character covers them).
  private func write(_ change: ScreenChange, limit: Int, palette: CursesPalette) {
    var index = 0
    while index < change.cells.count {
      let role = change.cells[index].style.role
      var text = ""
      var startX: Int?
      while index < change.cells.count && change.cells[index].style.role == role {
        let cell = change.cells[index]
        let x = change.x + index
        if !cell.isContinuation && x < limit {
          if startX == nil { startX = x }
          text.append(cell.character)
        }
        index += 1
      }
      guard let startX, !text.isEmpty else { continue }
      let rendition = palette.rendition(for: role)
      attr_set(rendition.attributes, rendition.pair, nil)
      let bytes = Array(text.utf8CString)
      _ = bytes.withUnsafeBufferPointer {
        tui_mvaddnstr(Int32(change.y), Int32(startX), $0.baseAddress, Int32(bytes.count - 1))
      }
    }
  }
}

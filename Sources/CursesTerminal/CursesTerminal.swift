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
  public func nextEvent(timeout: Int?) -> InputEvent? {
    wtimeout(tui_stdscr(), Int32(timeout ?? -1))
    var code: wint_t = 0
    let result = get_wch(&code)
    if result == tui_key_code_yes() { return functionKey(Int32(code)) }
    guard result == OK else { return nil }
    return .key(CursesKeyDecoder.character(UInt32(code)))
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

  /// Draws a screen: each run of cells with the same role is written with that role's
  /// attributes and colour pair; curses sends only what changed on refresh.
  ///
  /// - Complexity: O(*w*·*h*).
  public func present(_ screen: Screen, theme: Theme) {
    if paletteTheme != theme || palette == nil {
      palette = CursesPalette(theme: theme, colors: capability.colors)
      paletteTheme = theme
    }
    guard let palette else { return }
    let current = size
    erase()
    for y in 0..<min(screen.height, current.height) {
      var x = 0
      while x < min(screen.width, current.width) {
        let role = screen[x, y].style.role
        var run = ""
        let start = x
        while x < screen.width && screen[x, y].style.role == role {
          if !screen[x, y].isContinuation { run.append(screen[x, y].character) }
          x += 1
        }
        let rendition = palette.rendition(for: role)
        attr_set(rendition.attributes, rendition.pair, nil)
        let bytes = Array(run.utf8CString)
        _ = bytes.withUnsafeBufferPointer {
          tui_mvaddnstr(Int32(y), Int32(start), $0.baseAddress, Int32(bytes.count - 1))
        }
      }
    }
    attr_set(tui_a_normal(), 0, nil)
    refresh()
  }
}

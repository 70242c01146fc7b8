/// How to open the curses terminal.
public struct CursesOptions: Hashable, Sendable {
  /// Report mouse clicks and wheel events (off by default, which keeps text selection).
  public var mouse: Bool
  /// Draw with ASCII only, even in a UTF-8 locale.
  public var ascii: Bool
  /// Use no colour at all (NO_COLOR, `--no-color`).
  public var noColor: Bool

  /// Creates options.
  public init(mouse: Bool = false, ascii: Bool = false, noColor: Bool = false) {
    self.mouse = mouse
    self.ascii = ascii
    self.noColor = noColor
  }
}

/// A terminal the explorer draws to and reads events from.
///
/// ``InMemoryTerminal`` implements it for tests; `CursesTerminal` for real terminals.
///
/// Every call happens on one thread (curses is not thread-safe).
public protocol Terminal: AnyObject {
  /// The current size in cells.
  var size: Size { get }
  /// What the terminal can show.
  var capability: TerminalCapability { get }
  /// Waits for the next event; nil when `timeout` (milliseconds; nil waits forever) elapses or
  /// the input ends.
  func nextEvent(timeout: Int?) -> InputEvent?
  /// Shows a screen, painting its roles with `theme`.
  func present(_ screen: Screen, theme: Theme)
}

/// A key press, decoded from the terminal.
public enum Key: Hashable, Sendable {
  /// A printable character.
  case character(Character)
  /// Control plus a letter (`ctrl-c` is `.control("c")`).
  case control(Character)
  /// Arrow up.
  case up
  /// Arrow down.
  case down
  /// Arrow left.
  case left
  /// Arrow right.
  case right
  /// Home.
  case home
  /// End.
  case end
  /// Page up.
  case pageUp
  /// Page down.
  case pageDown
  /// Enter or return.
  case enter
  /// Escape.
  case escape
  /// Tab.
  case tab
  /// Shift-tab.
  case backTab
  /// Backspace.
  case backspace
  /// Delete (forward).
  case delete
  /// Insert.
  case insert
  /// A function key, F1…F12.
  case function(Int)
}

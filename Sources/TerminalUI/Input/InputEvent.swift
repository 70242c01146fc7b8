/// Something the terminal reports: a key, a new size or a mouse event.
public enum InputEvent: Hashable, Sendable {
  /// A key press.
  case key(Key)
  /// The terminal was resized.
  case resize(Size)
  /// A mouse event.
  case mouse(MouseEvent)
}

/// A mouse event (only reported when the mouse is enabled with `--mouse`).
public struct MouseEvent: Hashable, Sendable {
  /// What happened.
  public enum Kind: Hashable, Sendable {
    /// The left button was pressed or clicked.
    case press
    /// The wheel turned up.
    case wheelUp
    /// The wheel turned down.
    case wheelDown
  }

  /// What happened.
  public var kind: Kind
  /// Where.
  public var position: Point

  /// Creates a mouse event.
  public init(kind: Kind, position: Point) {
    self.kind = kind
    self.position = position
  }
}

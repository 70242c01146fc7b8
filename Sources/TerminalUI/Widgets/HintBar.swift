/// The bottom line of key hints: `? help  q quit  / filter …`, as many as fit.
public enum HintBar {
  /// One hint: the key as shown and what it does.
  public struct Hint: Hashable, Sendable {
    /// The key, for example `enter`.
    public var key: String
    /// What it does, for example `open`.
    public var label: String

    /// Creates a hint.
    public init(key: String, label: String) {
      self.key = key
      self.label = label
    }
  }

  /// Draws the hints that fit into the first row of `rect`.
  ///
  /// - Complexity: O(*n*) in the number of hints.
  public static func draw(_ hints: [Hint], in rect: Rect, on screen: inout Screen) {
    let row = rect.row(0)
    screen.fill(row, style: Style(.hintLabel))
    var x = row.x + 1
    for hint in hints {
      let width = hint.key.displayWidth + 1 + hint.label.displayWidth
      guard x + width <= row.maxX else { break }
      x += screen.put(hint.key, x: x, y: row.y, style: Style(.hintKey), clip: row)
      x += screen.put(" " + hint.label, x: x, y: row.y, style: Style(.hintLabel), clip: row)
      x += 2
    }
  }
}

extension Key: CustomStringConvertible {
  /// The key's name as written in `keys.yaml` and shown in help: `q`, `ctrl-c`, `shift-tab`,
  /// `pgdn`, `f1`, `space`.
  public var description: String {
    switch self {
    case .character(" "): "space"
    case .character(let c): String(c)
    case .control(let c): "ctrl-\(c)"
    case .up: "up"
    case .down: "down"
    case .left: "left"
    case .right: "right"
    case .home: "home"
    case .end: "end"
    case .pageUp: "pgup"
    case .pageDown: "pgdn"
    case .enter: "enter"
    case .escape: "esc"
    case .tab: "tab"
    case .backTab: "shift-tab"
    case .backspace: "backspace"
    case .delete: "delete"
    case .insert: "insert"
    case .function(let n): "f\(n)"
    }
  }

  private static let named: [String: Key] = [
    "space": .character(" "), "up": .up, "down": .down, "left": .left, "right": .right,
    "home": .home, "end": .end, "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown,
    "pagedown": .pageDown, "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
    "tab": .tab, "shift-tab": .backTab, "backtab": .backTab, "backspace": .backspace,
    "delete": .delete, "del": .delete, "insert": .insert,
  ]

  /// Parses a key name (the inverse of ``description``); nil when it is not a key.
  public init?(name: String) {
    let lower = name.lowercased()
    if name.count == 1, let c = name.first {
      self = .character(c)
    } else if let key = Self.named[lower] {
      self = key
    } else if lower.hasPrefix("ctrl-"), lower.count == 6, let c = lower.last, c.isLetter {
      self = .control(c)
    } else if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) {
      self = .function(n)
    } else {
      return nil
    }
  }
}

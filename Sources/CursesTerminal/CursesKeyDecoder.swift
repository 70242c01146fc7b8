import CNcurses
import TerminalUI

/// Decodes `get_wch` results into ``Key`` values.
enum CursesKeyDecoder {
  /// A character code (`get_wch` returned `OK`).
  static func character(_ code: UInt32) -> Key {
    switch code {
    case 27: return .escape
    case 9: return .tab
    case 10, 13: return .enter
    case 8, 127: return .backspace
    case 1...26:
      return .control(Character(UnicodeScalar(UInt8(code) + 96)))
    default:
      return .character(UnicodeScalar(code).map(Character.init) ?? " ")
    }
  }

  /// A function-key code (`get_wch` returned `KEY_CODE_YES`).
  static func functionKey(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_IC: return .insert
    case tui_key_btab(): return .backTab
    default:
      for n in 1...12 where code == tui_key_f(Int32(n)) { return .function(n) }
      return nil
    }
  }
}

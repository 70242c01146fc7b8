import TerminalUI

extension Keymap {
  /// The keymap with user overrides applied (each replaces the keys of one action; an empty
  /// list unbinds it).
  ///
  /// - Throws: ``KeymapError`` with file and line for an unknown action, a key bound to two
  ///   actions, or ctrl-c taken away from `forceQuit` (ctrl-c always quits).
  /// - Complexity: O(*b*·*k*) in bindings and keys.
  public func applying(_ overrides: [KeyBindingOverride], file: String) throws(KeymapError)
    -> Keymap
  {
    var bindings = self.bindings
    var lines: [Command: Int?] = [:]
    for override in overrides {
      guard let command = Command(rawValue: override.action) else {
        throw KeymapError(
          file: file, line: override.line,
          message: "unknown action '\(override.action)' (known: "
            + Command.allCases.map(\.rawValue).joined(separator: ", ") + ")")
      }
      guard let index = bindings.firstIndex(where: { $0.command == command }) else { continue }
      bindings[index].keys = override.keys
      lines[command] = override.line
    }
    if !(bindings.first { $0.command == .forceQuit }?.keys.contains(.control("c")) ?? false) {
      throw KeymapError(
        file: file, line: lines[.forceQuit] ?? nil,
        message: "ctrl-c must stay bound to forceQuit (it always quits)")
    }
    var owner: [Key: Command] = [:]
    for binding in bindings {
      for key in binding.keys {
        if let other = owner[key], other != binding.command {
          let line = (lines[binding.command] ?? nil) ?? (lines[other] ?? nil)
          throw KeymapError(
            file: file, line: line,
            message:
              "key '\(key)' is bound to both \(other.rawValue) and \(binding.command.rawValue)")
        }
        owner[key] = binding.command
      }
    }
    return Keymap(bindings)
  }
}

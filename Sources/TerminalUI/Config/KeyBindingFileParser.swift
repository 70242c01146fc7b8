/// Reads a key-binding file (lazygit style).
///
/// The format:
///
/// ```yaml
/// quit: [q, ctrl-c]
/// moveDown: [down, j]
/// help: []          # unbinds
/// ```
///
/// Key names are those of ``Key/description`` (`ctrl-u`, `shift-tab`, `pgdn`, `f1`, `space`).
/// Whether the action names exist and whether keys clash is checked by the keymap.
public struct KeyBindingFileParser: Sendable {
  /// Creates a parser.
  public init() {}

  /// Parses the text of `file`.
  ///
  /// - Throws: ``ConfigFileError`` with file and line for bad YAML or an unknown key name.
  /// - Complexity: O(*n*) in the size of the text.
  public func parse(_ text: String, file: String) throws(ConfigFileError) -> [KeyBindingOverride] {
    let yaml = try ConfigYAML(text: text, file: file)
    var out: [KeyBindingOverride] = []
    for (action, value, line) in try yaml.entries(of: yaml.root, key: nil) {
      var keys: [Key] = []
      for name in try yaml.strings(value, key: action) {
        guard let key = Key(name: name) else {
          throw ConfigFileError(
            file: file, line: line, key: action,
            message: "unknown key '\(name)' (examples: q, ctrl-u, shift-tab, pgdn, f1, space)")
        }
        keys.append(key)
      }
      out.append(KeyBindingOverride(action: action, keys: keys, line: line))
    }
    return out
  }
}

import TerminalUI

extension Keymap {
  /// The standard keymap with the user's `keys.yaml` applied, when that file exists.
  ///
  /// - Throws: ``KeymapError`` (file:line) for bad YAML, unknown keys or actions, and clashes.
  public static func load(location: ConfigLocation) throws(KeymapError) -> Keymap {
    guard let text = ConfigLocation.read(location.keysFile) else { return .standard }
    return try load(text: text, file: location.keysFile)
  }

  /// The standard keymap with overrides from `text` applied.
  ///
  /// - Throws: ``KeymapError`` (file:line) for bad YAML, unknown keys or actions, and clashes.
  public static func load(text: String, file: String) throws(KeymapError) -> Keymap {
    let overrides: [KeyBindingOverride]
    do {
      overrides = try KeyBindingFileParser().parse(text, file: file)
    } catch {
      throw KeymapError(
        file: file, line: error.line, message: (error.key.map { "\($0): " } ?? "") + error.message)
    }
    return try Keymap.standard.applying(overrides, file: file)
  }
}

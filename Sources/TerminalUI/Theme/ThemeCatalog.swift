import Foundation

/// Finds a theme by name (a shipped theme) or by path (a YAML file read at run time).
public struct ThemeCatalog: Sendable {
  /// Creates a catalogue.
  public init() {}

  /// Loads `reference`: a path when it contains `/` or ends in `.yaml`/`.yml`, otherwise the name
  /// of a shipped theme.
  ///
  /// A file inherits the roles it leaves out from `default`.
  ///
  /// - Throws: ``ConfigFileError`` naming the file and key for a broken theme, or listing the
  ///   shipped names for an unknown one.
  public func load(_ reference: String) throws(ConfigFileError) -> Theme {
    if Self.isPath(reference) {
      guard let data = FileManager.default.contents(atPath: reference) else {
        throw ConfigFileError(file: reference, message: "cannot read theme file")
      }
      let text = String(decoding: data, as: UTF8.self)
      return try ThemeParser().parse(text, file: reference, base: BuiltinThemes.defaultTheme)
    }
    guard let theme = try BuiltinThemes.theme(named: reference) else {
      throw ConfigFileError(
        file: reference,
        message: "no such theme (built-in: \(BuiltinThemes.names.joined(separator: ", ")); "
          + "or give a path to a .yaml file)")
    }
    return theme
  }

  /// Whether a theme reference names a file rather than a shipped theme.
  public static func isPath(_ reference: String) -> Bool {
    reference.contains("/") || reference.hasSuffix(".yaml") || reference.hasSuffix(".yml")
  }
}

import TerminalUI

/// Which theme to use and where that choice came from, in the order `--theme`,
/// `KBASELINE_THEME`, the config file's `theme:`, then `default`.
public struct ThemeSelection: Hashable, Sendable {
  /// A theme name or a path.
  public var reference: String
  /// Where it came from (`--theme`, `KBASELINE_THEME`, the config file, `built-in default`).
  public var origin: String

  /// Picks the theme.
  ///
  /// - Throws: ``ConfigFileError`` when the config file exists but is broken.
  public static func resolve(
    flag: String?, environment: [String: String], location: ConfigLocation
  ) throws(ConfigFileError) -> ThemeSelection {
    if let flag, !flag.isEmpty { return ThemeSelection(reference: flag, origin: "--theme") }
    if let env = environment["KBASELINE_THEME"], !env.isEmpty {
      return ThemeSelection(reference: env, origin: "KBASELINE_THEME")
    }
    if let text = ConfigLocation.read(location.configFile) {
      let config = try ConfigFile(text: text, file: location.configFile, allowedKeys: ["theme"])
      if let theme = config.values["theme"], !theme.text.isEmpty {
        return ThemeSelection(reference: theme.text, origin: location.configFile)
      }
    }
    return ThemeSelection(reference: "default", origin: "built-in default")
  }

  /// Whether colour is switched off by the environment or a flag (`NO_COLOR` non-empty or
  /// `--no-color`); a terminal without colours also forces monochrome.
  public static func colorDisabled(noColorFlag: Bool, environment: [String: String]) -> Bool {
    noColorFlag || !(environment["NO_COLOR"] ?? "").isEmpty
  }

  /// Loads the selected theme.
  ///
  /// - Throws: ``ConfigFileError`` naming the file and key of a broken theme.
  public func load() throws(ConfigFileError) -> Theme {
    try ThemeCatalog().load(reference)
  }
}

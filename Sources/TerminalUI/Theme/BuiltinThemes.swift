/// The themes shipped in `themes/`, embedded in the binary so that `swift run` and an installed
/// binary find them without a resource bundle.
public enum BuiltinThemes {
  /// The names of the shipped themes, sorted.
  public static var names: [String] { sources.keys.sorted() }

  /// The default (dark) theme: every role is defined; other themes inherit from it.
  public static let defaultTheme: Theme = {
    (try? ThemeParser().parse(sources["default"] ?? "", file: "default"))
      ?? Theme(
        name: "default", paints: [:])
  }()

  /// The monochrome theme (attributes only).
  public static let mono: Theme = {
    (try? ThemeParser().parse(sources["mono"] ?? "", file: "mono"))
      ?? Theme(
        name: "mono", paints: [:])
  }()

  /// The shipped theme called `name`, parsed; nil when there is none.
  ///
  /// - Throws: ``ConfigFileError`` if the embedded text is broken (a test prevents that).
  public static func theme(named name: String) throws(ConfigFileError) -> Theme? {
    guard let text = sources[name] else { return nil }
    return try ThemeParser().parse(text, file: "\(name) (built-in)", base: defaultTheme)
  }
}

import Yams

/// Reads theme YAML.
///
/// The format:
///
/// ```yaml
/// name: default
/// roles:
///   header: {fg: black, bg: cyan, attrs: [bold]}
/// ```
///
/// Colours are ANSI names (`red`, `bright-red`), `0`–`255`, `#rrggbb` or `default`; attributes
/// are `bold`, `dim`, `underline`, `reverse`. Roles missing from the file are taken from `base`
/// (the default theme). Unknown roles, keys, colours or attributes are errors naming the file,
/// line and key.
public struct ThemeParser: Sendable {
  /// Creates a parser.
  public init() {}

  /// Parses theme text.
  ///
  /// - Parameters:
  ///   - text: the YAML.
  ///   - file: the file name used in errors and as the fallback name.
  ///   - base: the theme that supplies roles the file leaves out.
  /// - Complexity: O(*n*) in the size of the text.
  public func parse(_ text: String, file: String, base: Theme? = nil) throws(ConfigFileError)
    -> Theme
  {
    let yaml = try ConfigYAML(text: text, file: file)
    var name = file
    var paints = base?.paints ?? [:]
    for (key, value, line) in try yaml.entries(of: yaml.root, key: nil) {
      switch key {
      case "name":
        guard let s = value.scalar?.string, !s.isEmpty else {
          throw yaml.error(value, key: "name", "expected a name")
        }
        name = s
      case "roles":
        for (role, spec, roleLine) in try yaml.entries(of: value, key: "roles") {
          guard let parsed = StyleRole(rawValue: role) else {
            throw ConfigFileError(
              file: file, line: roleLine, key: "roles.\(role)",
              message:
                "unknown role (known: \(StyleRole.allCases.map(\.rawValue).joined(separator: ", ")))"
            )
          }
          paints[parsed] = try paint(spec, key: "roles.\(role)", yaml: yaml)
        }
      default:
        throw ConfigFileError(
          file: file, line: line, key: key, message: "unknown key (expected name or roles)")
      }
    }
    return Theme(name: name, paints: paints)
  }

  private func paint(_ node: Yams.Node, key: String, yaml: ConfigYAML) throws(ConfigFileError)
    -> Paint
  {
    var paint = Paint()
    for (field, value, line) in try yaml.entries(of: node, key: key) {
      let path = "\(key).\(field)"
      switch field {
      case "fg", "bg":
        guard let text = value.scalar?.string, let color = Color(parsing: text) else {
          throw ConfigFileError(
            file: yaml.file, line: line, key: path,
            message: "unknown colour '\(value.scalar?.string ?? "?")' (expected an ANSI name "
              + "such as red or bright-red, 0-255, #rrggbb or default)")
        }
        if field == "fg" { paint.foreground = color } else { paint.background = color }
      case "attrs":
        for name in try yaml.strings(value, key: path) {
          guard let attribute = TextAttributes.names.first(where: { $0.0 == name })?.1 else {
            throw ConfigFileError(
              file: yaml.file, line: line, key: path,
              message: "unknown attribute '\(name)' (expected bold, dim, underline or reverse)")
          }
          paint.attributes.insert(attribute)
        }
      default:
        throw ConfigFileError(
          file: yaml.file, line: line, key: path, message: "unknown key (expected fg, bg or attrs)")
      }
    }
    return paint
  }
}

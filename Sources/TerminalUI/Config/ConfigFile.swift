/// A flat YAML settings file (`key: value` lines), with each value's line for error messages.
public struct ConfigFile: Sendable {
  /// A value and the line it is on.
  public struct Value: Hashable, Sendable {
    /// The text.
    public var text: String
    /// The 1-based line.
    public var line: Int?
  }

  /// The file name.
  public let file: String
  /// The values by key.
  public let values: [String: Value]

  /// Parses settings, accepting only `allowedKeys`.
  ///
  /// - Throws: ``ConfigFileError`` with file and line for bad YAML, an unknown key or a value
  ///   that is not a plain scalar.
  /// - Complexity: O(*n*) in the size of the text.
  public init(text: String, file: String, allowedKeys: Set<String>) throws(ConfigFileError) {
    let yaml = try ConfigYAML(text: text, file: file)
    var values: [String: Value] = [:]
    for (key, node, line) in try yaml.entries(of: yaml.root, key: nil) {
      guard allowedKeys.contains(key) else {
        throw ConfigFileError(
          file: file, line: line, key: key,
          message: "unknown setting (known: \(allowedKeys.sorted().joined(separator: ", ")))")
      }
      guard let scalar = node.scalar else {
        throw yaml.error(node, key: key, "expected a single value")
      }
      values[key] = Value(text: scalar.string, line: line)
    }
    self.file = file
    self.values = values
  }
}

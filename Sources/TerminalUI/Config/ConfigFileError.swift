/// A problem in a theme or key-binding file, naming the file, the line and the key so the user
/// can fix it.
public struct ConfigFileError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file (or the built-in theme's name).
  public var file: String
  /// The 1-based line, when known.
  public var line: Int?
  /// The dotted key path, for example `roles.header.fg`.
  public var key: String?
  /// What is wrong.
  public var message: String

  /// Creates an error.
  public init(file: String, line: Int? = nil, key: String? = nil, message: String) {
    self.file = file
    self.line = line
    self.key = key
    self.message = message
  }

  /// `file:line: key: message`.
  public var description: String {
    var out = file
    if let line { out += ":\(line)" }
    out += ": "
    if let key { out += "\(key): " }
    return out + message
  }
}

/// Why an input could not be loaded: the file, the line when known, and what is wrong.
public struct LoadError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file concerned.
  public var file: String
  /// The 1-based line, when known.
  public var line: Int?
  /// What is wrong, in words a user can act on.
  public var message: String

  /// Creates an error.
  public init(file: String, line: Int? = nil, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: message` (line omitted when unknown).
  public var description: String {
    line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
  }
}

/// A rejected key-binding file: unknown action, clash, or an attempt to unbind ctrl-c.
public struct KeymapError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file.
  public var file: String
  /// The 1-based line.
  public var line: Int?
  /// What is wrong.
  public var message: String

  /// Creates an error.
  public init(file: String, line: Int?, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: message`.
  public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
}

/// Why an exceptions file could not be read or written.
public struct ExceptionFileError: Error, Sendable, Hashable, CustomStringConvertible {
  /// What kind of failure it is.
  public enum Reason: Sendable, Hashable {
    /// The file is not a valid exceptions file (it is never overwritten).
    case invalid
    /// The file changed on disk since it was loaded; reload before saving.
    case changedOnDisk
    /// Reading or writing failed.
    case io
  }

  /// The kind of failure.
  public var reason: Reason
  /// The file concerned.
  public var file: String
  /// The 1-based line, when known.
  public var line: Int?
  /// What is wrong, in words a user can act on.
  public var message: String

  /// Creates an error.
  public init(_ reason: Reason, file: String, line: Int? = nil, message: String) {
    self.reason = reason
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: message`.
  public var description: String {
    line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
  }
}

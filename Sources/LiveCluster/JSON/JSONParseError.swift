/// JSON that could not be parsed.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The byte offset of the problem.
  public var offset: Int
  /// What is wrong.
  public var message: String

  /// The message and offset.
  public var description: String { "invalid JSON at byte \(offset): \(message)" }
}

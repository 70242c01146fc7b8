/// Why the realistic cluster generator could not write its file.
public struct GeneratorError: Error, Sendable, CustomStringConvertible {
  /// What went wrong, for the user.
  public var description: String

  /// Creates an error.
  public init(_ description: String) { self.description = description }
}

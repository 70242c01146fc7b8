/// A groups file that cannot be used: the file and what is wrong with it.
public struct GroupMembershipError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file.
  public var file: String
  /// What is wrong, in words a user can act on.
  public var message: String

  /// `file: message`.
  public var description: String { "\(file): \(message)" }
}

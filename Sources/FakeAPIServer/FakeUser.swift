/// A user the fake knows, by token or client certificate.
public struct FakeUser: Sendable, Hashable {
  /// The user name.
  public var username: String
  /// The groups.
  public var groups: [String]

  /// Creates a user.
  public init(username: String, groups: [String] = []) {
    self.username = username
    self.groups = groups
  }
}

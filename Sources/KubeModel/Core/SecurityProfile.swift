/// A seccomp or AppArmor profile: a type and, for `Localhost`, the profile's name.
public struct SecurityProfile: Codable, Sendable, Hashable {
  /// `RuntimeDefault`, `Localhost` or `Unconfined`.
  public var type: String
  /// The profile on the node, for `Localhost`.
  public var localhostProfile: String?

  /// Creates a profile.
  public init(type: String, localhostProfile: String? = nil) {
    self.type = type
    self.localhostProfile = localhostProfile
  }
}

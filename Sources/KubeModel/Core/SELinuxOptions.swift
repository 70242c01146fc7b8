/// SELinux labels applied to a container or pod.
public struct SELinuxOptions: Codable, Sendable, Hashable {
  /// SELinux user.
  public var user: String?
  /// SELinux role.
  public var role: String?
  /// SELinux type, for example `container_t`.
  public var type: String?
  /// SELinux level.
  public var level: String?

  /// Creates SELinux options.
  public init(user: String? = nil, role: String? = nil, type: String? = nil, level: String? = nil) {
    self.user = user
    self.role = role
    self.type = type
    self.level = level
  }
}

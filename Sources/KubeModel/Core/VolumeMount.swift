/// A volume mounted into a container.
public struct VolumeMount: Codable, Sendable, Hashable {
  /// The volume's name.
  public var name: String
  /// Where it is mounted.
  public var mountPath: String
  /// Whether it is mounted read-only.
  public var readOnly: Bool?
  /// A path inside the volume.
  public var subPath: String?

  /// Creates a mount.
  public init(name: String, mountPath: String, readOnly: Bool? = nil, subPath: String? = nil) {
    self.name = name
    self.mountPath = mountPath
    self.readOnly = readOnly
    self.subPath = subPath
  }
}

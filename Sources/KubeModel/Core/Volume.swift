/// A pod volume: its name, which source type it uses, and the details analyses need.
///
/// The API encodes the type as the one key besides `name` (`hostPath`, `emptyDir`, …);
/// ``source`` records that key, so checks on allowed volume types need no table of every
/// volume plugin.
public struct Volume: Codable, Sendable, Hashable {
  /// The volume's name.
  public var name: String
  /// The source key, for example `hostPath`, `configMap`, `csi`; `emptyDir` when none is given.
  public var source: String
  /// Details of a `hostPath` volume.
  public var hostPath: HostPathVolumeSource?
  /// The Secret of a `secret` volume.
  public var secretName: String?
  /// The ConfigMap of a `configMap` volume.
  public var configMapName: String?
  /// The claim of a `persistentVolumeClaim` volume.
  public var claimName: String?
  /// Whether a `projected` volume includes a ServiceAccount token.
  public var projectsServiceAccountToken: Bool

  /// Creates a volume.
  public init(
    name: String, source: String, hostPath: HostPathVolumeSource? = nil,
    secretName: String? = nil, configMapName: String? = nil, claimName: String? = nil,
    projectsServiceAccountToken: Bool = false
  ) {
    self.name = name
    self.source = source
    self.hostPath = hostPath
    self.secretName = secretName
    self.configMapName = configMapName
    self.claimName = claimName
    self.projectsServiceAccountToken = projectsServiceAccountToken
  }

  /// Creates a `hostPath` volume.
  public static func hostPath(name: String, path: String, type: String? = nil) -> Volume {
    Volume(name: name, source: "hostPath", hostPath: .init(path: path, type: type))
  }

  /// The `hostPath` of a host path volume.
  public struct HostPathVolumeSource: Codable, Sendable, Hashable {
    /// The path on the node.
    public var path: String
    /// The expected type of the path: `Directory`, `File`, `Socket` and so on.
    public var type: String?

    /// Creates a host path source.
    public init(path: String, type: String? = nil) {
      self.path = path
      self.type = type
    }
  }

  private struct NameRef: Decodable {
    var name: String?
    var secretName: String?
    var claimName: String?
  }

  private struct Projected: Decodable {
    struct Source: Decodable { var serviceAccountToken: Token? }
    struct Token: Decodable { var path: String? }
    var sources: [Source]?
  }

  /// Decodes a volume, recording which source key it uses.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: DynamicKey.self)
    name = try c.decode(String.self, forKey: DynamicKey("name"))
    let keys = c.allKeys.map(\.stringValue).filter { $0 != "name" }.sorted()
    source = keys.first ?? "emptyDir"
    hostPath = try c.decodeIfPresent(HostPathVolumeSource.self, forKey: DynamicKey("hostPath"))
    secretName = try c.decodeIfPresent(NameRef.self, forKey: DynamicKey("secret"))?.secretName
    configMapName = try c.decodeIfPresent(NameRef.self, forKey: DynamicKey("configMap"))?.name
    claimName =
      try c.decodeIfPresent(NameRef.self, forKey: DynamicKey("persistentVolumeClaim"))?.claimName
    let projected = try c.decodeIfPresent(Projected.self, forKey: DynamicKey("projected"))
    projectsServiceAccountToken =
      projected?.sources?.contains { $0.serviceAccountToken != nil } ?? false
  }

  /// Encodes the volume in API form (the source key with the details analyses kept).
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: DynamicKey.self)
    try c.encode(name, forKey: DynamicKey("name"))
    switch source {
    case "hostPath": try c.encodeIfPresent(hostPath, forKey: DynamicKey(source))
    case "secret": try c.encode(["secretName": secretName], forKey: DynamicKey(source))
    case "configMap": try c.encode(["name": configMapName], forKey: DynamicKey(source))
    case "persistentVolumeClaim":
      try c.encode(["claimName": claimName], forKey: DynamicKey(source))
    case "projected":
      let token = [["serviceAccountToken": ["path": "token"]]]
      try c.encode(
        ["sources": projectsServiceAccountToken ? token : []], forKey: DynamicKey(source))
    default: try c.encode([String: String](), forKey: DynamicKey(source))
    }
  }
}

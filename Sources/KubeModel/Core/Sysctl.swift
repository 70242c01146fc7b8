/// A namespaced kernel parameter set for a pod.
public struct Sysctl: Codable, Sendable, Hashable {
  /// The parameter, for example `net.ipv4.ip_local_port_range`.
  public var name: String
  /// Its value.
  public var value: String

  /// Creates a sysctl.
  public init(name: String, value: String) {
    self.name = name
    self.value = value
  }

  private enum CodingKeys: String, CodingKey { case name, value }

  /// Decodes a sysctl; numeric YAML values are read as text.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decode(String.self, forKey: .name)
    value = try c.decodeIfPresent(ScalarText.self, forKey: .value)?.text ?? ""
  }
}

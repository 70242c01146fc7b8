/// A ConfigMap's metadata and key names; values are dropped while loading.
public struct ConfigMap: Codable, Sendable, Hashable {
  /// The ConfigMap's metadata.
  public var metadata: ObjectMeta
  /// The keys of `data` and `binaryData`, sorted.
  public var keys: [String]

  /// Creates a ConfigMap record.
  public init(metadata: ObjectMeta, keys: [String] = []) {
    self.metadata = metadata
    self.keys = keys
  }

  private enum CodingKeys: String, CodingKey { case metadata, data, binaryData, keys }

  /// Decodes metadata and the key names of `data`/`binaryData` (or our own `keys`).
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    metadata = try c.decode(ObjectMeta.self, forKey: .metadata)
    var names = try c.decodeIfPresent([String].self, forKey: .keys) ?? []
    for member in [CodingKeys.data, .binaryData] where c.contains(member) {
      if try c.decodeNil(forKey: member) { continue }
      let values = try c.nestedContainer(keyedBy: DynamicKey.self, forKey: member)
      names += values.allKeys.map(\.stringValue)
    }
    keys = Array(Set(names)).sorted()
  }

  /// Encodes metadata and key names (never values).
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(metadata, forKey: .metadata)
    try c.encode(keys, forKey: .keys)
  }
}

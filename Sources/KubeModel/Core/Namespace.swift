/// A namespace (`core/v1.Namespace`).
public struct Namespace: Codable, Sendable, Hashable {
  /// The namespace's metadata; ``labels`` always include `kubernetes.io/metadata.name`.
  public var metadata: ObjectMeta
  /// `true` when the snapshot referenced the namespace but did not contain it.
  public var isSynthesized: Bool

  /// The label the API server sets on every namespace.
  public static let nameLabel = "kubernetes.io/metadata.name"

  /// Creates a namespace, adding the `kubernetes.io/metadata.name` label.
  public init(metadata: ObjectMeta, isSynthesized: Bool = false) {
    self.metadata = metadata
    self.isSynthesized = isSynthesized
    self.metadata.labels[Self.nameLabel] = metadata.name
  }

  /// The namespace's name.
  public var name: String { metadata.name }

  /// The namespace's labels.
  public var labels: [String: String] { metadata.labels }

  private enum CodingKeys: String, CodingKey { case metadata }

  /// Decodes a namespace and adds the name label the API server would.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(metadata: try c.decode(ObjectMeta.self, forKey: .metadata))
  }

  /// Encodes the metadata.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(metadata, forKey: .metadata)
  }
}

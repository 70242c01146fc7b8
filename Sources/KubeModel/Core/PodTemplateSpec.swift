/// A pod template: the metadata and spec a controller stamps its pods from.
public struct PodTemplateSpec: Codable, Sendable, Hashable {
  /// Template metadata (labels matter; name is usually absent).
  public var metadata: TemplateMeta
  /// The pod spec.
  public var spec: PodSpec

  /// Creates a template.
  public init(labels: [String: String] = [:], annotations: [String: String] = [:], spec: PodSpec) {
    metadata = TemplateMeta(labels: labels, annotations: annotations)
    self.spec = spec
  }

  private enum CodingKeys: String, CodingKey { case metadata, spec }

  /// Decodes a template; missing parts are empty.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    metadata = try c.decodeIfPresent(TemplateMeta.self, forKey: .metadata) ?? TemplateMeta()
    spec = try c.decodeIfPresent(PodSpec.self, forKey: .spec) ?? PodSpec()
  }

  /// The labels and annotations of a template.
  public struct TemplateMeta: Codable, Sendable, Hashable {
    /// Labels stamped on every pod.
    public var labels: [String: String]
    /// Annotations stamped on every pod.
    public var annotations: [String: String]

    /// Creates template metadata.
    public init(labels: [String: String] = [:], annotations: [String: String] = [:]) {
      self.labels = labels
      self.annotations = annotations
    }

    private enum CodingKeys: String, CodingKey { case labels, annotations }

    /// Decodes labels and annotations, tolerating unquoted scalars.
    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      labels = try c.decodeIfPresent(StringMap.self, forKey: .labels)?.values ?? [:]
      annotations = try c.decodeIfPresent(StringMap.self, forKey: .annotations)?.values ?? [:]
    }
  }
}

extension KubeObject: Encodable {
  private enum HeaderKeys: String, CodingKey { case apiVersion, kind }

  /// Decodes an object whose kind and apiVersion are known.
  ///
  /// Kinds kbaseline does not analyse become ``other(_:)``.
  public init(kind: String, apiVersion: String, from decoder: any Decoder) throws {
    if let known = KubeKind.lookup(kind: kind, apiVersion: apiVersion) {
      self = try known.decode(decoder)
    } else {
      let meta = try decoder.container(keyedBy: OtherKeys.self)
        .decodeIfPresent(ObjectMeta.self, forKey: .metadata)
      self = .other(
        OtherObject(apiVersion: apiVersion, kind: kind, metadata: meta ?? ObjectMeta(name: "")))
    }
  }

  /// Whether `kind` at `apiVersion` is one kbaseline analyses.
  public static func isAnalysed(kind: String, apiVersion: String) -> Bool {
    KubeKind.lookup(kind: kind, apiVersion: apiVersion) != nil
  }

  private enum OtherKeys: String, CodingKey { case metadata }

  /// Encodes the object in API form with `apiVersion` and `kind`.
  public func encode(to encoder: any Encoder) throws {
    var header = encoder.container(keyedBy: HeaderKeys.self)
    try header.encode(apiVersion, forKey: .apiVersion)
    try header.encode(kind, forKey: .kind)
    switch self {
    case .namespace(let o): try o.encode(to: encoder)
    case .pod(let o): try o.encode(to: encoder)
    case .controller(let o): try o.encode(to: encoder)
    case .serviceAccount(let o): try o.encode(to: encoder)
    case .secret(let o): try o.encode(to: encoder)
    case .configMap(let o): try o.encode(to: encoder)
    case .service(let o): try o.encode(to: encoder)
    case .node(let o): try o.encode(to: encoder)
    case .ingress(let o): try o.encode(to: encoder)
    case .role(let o): try o.encode(to: encoder)
    case .clusterRole(let o): try o.encode(to: encoder)
    case .binding(let o): try o.encode(to: encoder)
    case .networkPolicy(let o): try o.encode(to: encoder)
    case .webhookConfiguration(let o): try o.encode(to: encoder)
    case .other(let o):
      var c = encoder.container(keyedBy: OtherKeys.self)
      try c.encode(o.metadata, forKey: .metadata)
    }
  }
}

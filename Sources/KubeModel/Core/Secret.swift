/// A Secret's metadata and type; its data is never decoded, stored or written.
public struct Secret: Codable, Sendable, Hashable {
  /// The Secret's metadata.
  public var metadata: ObjectMeta
  /// The type, for example `kubernetes.io/service-account-token`; `Opaque` when absent.
  public var type: String

  /// The type of legacy long-lived ServiceAccount token Secrets.
  public static let serviceAccountTokenType = "kubernetes.io/service-account-token"

  /// Creates a Secret record.
  public init(metadata: ObjectMeta, type: String = "Opaque") {
    self.metadata = metadata
    self.type = type
  }

  private enum CodingKeys: String, CodingKey { case metadata, type }

  /// Decodes metadata and type only; `data` and `stringData` are not read.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    metadata = try c.decode(ObjectMeta.self, forKey: .metadata)
    type = try c.decodeIfPresent(String.self, forKey: .type) ?? "Opaque"
  }

  /// For a token Secret, the ServiceAccount it belongs to
  /// (annotation `kubernetes.io/service-account.name`).
  public var serviceAccountName: String? {
    metadata.annotations["kubernetes.io/service-account.name"]
  }
}

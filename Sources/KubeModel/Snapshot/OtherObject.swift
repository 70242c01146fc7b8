/// An object of a kind kbaseline does not analyse, kept as its identity and labels.
///
/// Its presence is evidence (a log shipper's CRD, a policy engine, an external-secrets
/// operator), so it is counted and listed rather than dropped.
public struct OtherObject: Codable, Sendable, Hashable {
  /// The object's `apiVersion`.
  public var apiVersion: String
  /// The object's kind.
  public var kind: String
  /// The object's metadata.
  public var metadata: ObjectMeta

  /// Creates a record of an object.
  public init(apiVersion: String, kind: String, metadata: ObjectMeta) {
    self.apiVersion = apiVersion
    self.kind = kind
    self.metadata = metadata
  }

  /// The API group part of `apiVersion` (empty for the core group).
  public var group: String {
    guard let slash = apiVersion.firstIndex(of: "/") else { return "" }
    return String(apiVersion[..<slash])
  }

  /// The object's key.
  public var key: ObjectKey {
    ObjectKey(kind: kind, namespace: metadata.namespace, name: metadata.name)
  }
}

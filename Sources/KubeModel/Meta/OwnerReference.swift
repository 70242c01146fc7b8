/// An entry of `metadata.ownerReferences`.
public struct OwnerReference: Codable, Sendable, Hashable {
  /// The owner's `apiVersion`.
  public var apiVersion: String?
  /// The owner's kind, for example `ReplicaSet`.
  public var kind: String
  /// The owner's name (same namespace as the owned object).
  public var name: String
  /// The owner's UID.
  public var uid: String?
  /// `true` when this owner is the managing controller.
  public var controller: Bool?

  /// Creates an owner reference.
  public init(
    apiVersion: String? = nil, kind: String, name: String, uid: String? = nil,
    controller: Bool? = nil
  ) {
    self.apiVersion = apiVersion
    self.kind = kind
    self.name = name
    self.uid = uid
    self.controller = controller
  }
}

extension OwnerReference {
  private enum CodingKeys: String, CodingKey { case apiVersion, kind, name, uid, controller }

  /// Decodes an owner reference; a missing `kind` reads as empty (np-guard names such an
  /// owner's pods `[Pod]`), so hand-written manifests still load.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      apiVersion: try c.decodeIfPresent(String.self, forKey: .apiVersion),
      kind: try c.decodeIfPresent(String.self, forKey: .kind) ?? "",
      name: try c.decode(String.self, forKey: .name),
      uid: try c.decodeIfPresent(String.self, forKey: .uid),
      controller: try c.decodeIfPresent(Bool.self, forKey: .controller))
  }
}

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

import RBAC

/// A subject in JSON output: `{"kind","name","namespace"}` (namespace for ServiceAccounts only).
struct SubjectJSON: Encodable, Hashable {
  var kind: String
  var name: String
  var namespace: String?

  /// The JSON form of an identity.
  init(_ identity: Identity) {
    kind = identity.kind.rawValue
    name = identity.name
    namespace = identity.kind == .serviceAccount ? identity.namespace : nil
  }
}

/// A subject of a binding: a User, a Group or a ServiceAccount (`rbac/v1.Subject`).
public struct Subject: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
  /// `User`, `Group` or `ServiceAccount`.
  public var kind: String
  /// `rbac.authorization.k8s.io` for users and groups, empty for ServiceAccounts.
  public var apiGroup: String?
  /// The subject's name.
  public var name: String
  /// A ServiceAccount's namespace; when empty in a RoleBinding, the binding's namespace.
  public var namespace: String?

  /// Creates a subject.
  public init(kind: String, name: String, namespace: String? = nil, apiGroup: String? = nil) {
    self.kind = kind
    self.name = name
    self.namespace = namespace
    self.apiGroup = apiGroup
  }

  /// A User subject.
  public static func user(_ name: String) -> Subject {
    Subject(kind: "User", name: name, apiGroup: "rbac.authorization.k8s.io")
  }

  /// A Group subject.
  public static func group(_ name: String) -> Subject {
    Subject(kind: "Group", name: name, apiGroup: "rbac.authorization.k8s.io")
  }

  /// A ServiceAccount subject.
  public static func serviceAccount(_ name: String, namespace: String) -> Subject {
    Subject(kind: "ServiceAccount", name: name, namespace: namespace)
  }

  /// `User alice`, `Group devs`, `ServiceAccount ns/name`.
  public var description: String {
    kind == "ServiceAccount" ? "\(kind) \(namespace ?? "")/\(name)" : "\(kind) \(name)"
  }

  /// Orders by kind, namespace, name.
  public static func < (a: Subject, b: Subject) -> Bool {
    (a.kind, a.namespace ?? "", a.name) < (b.kind, b.namespace ?? "", b.name)
  }

  /// Equality ignores `apiGroup`, which only restates the kind.
  public static func == (a: Subject, b: Subject) -> Bool {
    a.kind == b.kind && a.name == b.name && (a.namespace ?? "") == (b.namespace ?? "")
  }

  /// Hashes kind, name and namespace.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(kind)
    hasher.combine(name)
    hasher.combine(namespace ?? "")
  }
}

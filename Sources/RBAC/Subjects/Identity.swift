import KubeModel

/// A principal RBAC can grant to: a User, a Group or a ServiceAccount.
///
/// Unlike a binding's ``Subject`` it is normalized: a ServiceAccount always has its
/// namespace, users and groups never have one.
public struct Identity: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
  /// The three subject kinds.
  public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A user (`User`).
    case user = "User"
    /// A group (`Group`).
    case group = "Group"
    /// A ServiceAccount (`ServiceAccount`).
    case serviceAccount = "ServiceAccount"

    /// The sort rank: User, Group, ServiceAccount.
    var rank: Int {
      switch self {
      case .user: 0
      case .group: 1
      case .serviceAccount: 2
      }
    }
  }

  /// The kind.
  public var kind: Kind
  /// The name (for a ServiceAccount, without namespace).
  public var name: String
  /// The namespace of a ServiceAccount; empty for users and groups.
  public var namespace: String

  /// Creates an identity.
  public init(kind: Kind, name: String, namespace: String = "") {
    self.kind = kind
    self.name = name
    self.namespace = kind == .serviceAccount ? namespace : ""
  }

  /// A user.
  public static func user(_ name: String) -> Identity { Identity(kind: .user, name: name) }

  /// A group.
  public static func group(_ name: String) -> Identity { Identity(kind: .group, name: name) }

  /// A ServiceAccount.
  public static func serviceAccount(_ name: String, namespace: String) -> Identity {
    Identity(kind: .serviceAccount, name: name, namespace: namespace)
  }

  /// The identity a binding subject names, with a ServiceAccount's namespace defaulted to the
  /// binding's; `nil` for unknown kinds and namespace-less ServiceAccounts of cluster bindings.
  public init?(subject: Subject, bindingNamespace: String?) {
    switch subject.kind {
    case "User": self.init(kind: .user, name: subject.name)
    case "Group": self.init(kind: .group, name: subject.name)
    case "ServiceAccount":
      let ns = subject.namespace.flatMap { $0.isEmpty ? nil : $0 } ?? bindingNamespace ?? ""
      guard !ns.isEmpty else { return nil }
      self.init(kind: .serviceAccount, name: subject.name, namespace: ns)
    default: return nil
    }
  }

  /// The user name requests carry: the name, or `system:serviceaccount:<ns>:<name>`.
  public var userName: String {
    kind == .serviceAccount
      ? RequestUser.serviceAccountUserName(namespace: namespace, name: name) : name
  }

  /// The binding subject naming this identity.
  public var subject: Subject {
    switch kind {
    case .user: .user(name)
    case .group: .group(name)
    case .serviceAccount: .serviceAccount(name, namespace: namespace)
    }
  }

  /// `user:alice`, `group:devs`, `sa:ns/name` — the form the CLI accepts.
  public var argument: String {
    switch kind {
    case .user: "user:\(name)"
    case .group: "group:\(name)"
    case .serviceAccount: "sa:\(namespace)/\(name)"
    }
  }

  /// Parses `user:alice`, `group:devs` or `sa:ns/name` (also `serviceaccount:`).
  public init?(argument: String) {
    guard let colon = argument.firstIndex(of: ":") else { return nil }
    let prefix = argument[..<colon].lowercased()
    let rest = String(argument[argument.index(after: colon)...])
    guard !rest.isEmpty else { return nil }
    switch prefix {
    case "user", "u": self.init(kind: .user, name: rest)
    case "group", "g": self.init(kind: .group, name: rest)
    case "sa", "serviceaccount":
      let parts = rest.split(separator: "/", maxSplits: 1)
      guard parts.count == 2 else { return nil }
      self.init(kind: .serviceAccount, name: String(parts[1]), namespace: String(parts[0]))
    default: return nil
    }
  }

  /// `User alice`, `Group devs`, `ServiceAccount ns/name`.
  public var description: String {
    kind == .serviceAccount ? "ServiceAccount \(namespace)/\(name)" : "\(kind.rawValue) \(name)"
  }

  /// Orders by kind (User, Group, ServiceAccount), namespace, name.
  public static func < (a: Identity, b: Identity) -> Bool {
    if a.kind != b.kind { return a.kind.rank < b.kind.rank }
    if a.namespace != b.namespace { return a.namespace < b.namespace }
    return a.name < b.name
  }
}

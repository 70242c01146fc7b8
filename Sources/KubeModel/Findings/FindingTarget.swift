/// What a finding is about: an object (a workload's top controller, a namespace, a binding,
/// a subject) and, for container-level controls, the container.
public struct FindingTarget: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The kind, for example `Deployment`, `Namespace`, `ServiceAccount`, `User`, `Group`.
  public var kind: String
  /// The namespace, empty for cluster-scoped targets.
  public var namespace: String
  /// The name.
  public var name: String
  /// The container, for container-level findings.
  public var container: String?

  /// Creates a target.
  public init(kind: String, namespace: String? = nil, name: String, container: String? = nil) {
    self.kind = kind
    self.namespace = namespace ?? ""
    self.name = name
    self.container = container
  }

  /// A target for an object key.
  public init(_ key: ObjectKey, container: String? = nil) {
    self.init(kind: key.kind, namespace: key.namespace, name: key.name, container: container)
  }

  /// `Kind/ns/name[container]`.
  public var description: String {
    let base = namespace.isEmpty ? "\(kind)/\(name)" : "\(kind)/\(namespace)/\(name)"
    return container.map { "\(base)[\($0)]" } ?? base
  }

  /// Orders by namespace, kind, name, container.
  public static func < (a: FindingTarget, b: FindingTarget) -> Bool {
    (a.namespace, a.kind, a.name, a.container ?? "") < (
      b.namespace, b.kind, b.name, b.container ?? ""
    )
  }
}

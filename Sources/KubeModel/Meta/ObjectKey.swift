/// The identity of an object in a snapshot: kind, namespace (empty when cluster-scoped), name.
public struct ObjectKey: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The object's kind, for example `Deployment`.
  public var kind: String
  /// The namespace, empty for cluster-scoped objects.
  public var namespace: String
  /// The object's name.
  public var name: String

  /// Creates a key; pass `nil` or an empty namespace for cluster-scoped objects.
  public init(kind: String, namespace: String?, name: String) {
    self.kind = kind
    self.namespace = namespace ?? ""
    self.name = name
  }

  /// `Kind/namespace/name`, or `Kind/name` for cluster-scoped objects.
  public var description: String {
    namespace.isEmpty ? "\(kind)/\(name)" : "\(kind)/\(namespace)/\(name)"
  }

  /// Orders by namespace, then kind, then name.
  public static func < (a: ObjectKey, b: ObjectKey) -> Bool {
    (a.namespace, a.kind, a.name) < (b.namespace, b.kind, b.name)
  }
}

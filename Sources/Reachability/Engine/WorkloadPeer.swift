/// A workload as np-guard names it: `namespace/name[Kind]`, where Kind/name are the pod's
/// immediate controller (owners are not lifted), or the pod itself (`[Pod]`) when it has
/// none or is a static pod owned by its Node.
public struct WorkloadPeer: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
  /// The namespace.
  public var namespace: String
  /// The controller's (or bare pod's) name.
  public var name: String
  /// The controller kind, or `Pod`.
  public var kind: String

  /// Creates a peer; an empty kind prints as `Pod`, as in np-guard.
  public init(namespace: String, name: String, kind: String) {
    self.namespace = namespace
    self.name = name
    self.kind = kind.isEmpty ? "Pod" : kind
  }

  /// `namespace/name[Kind]`.
  public var description: String { "\(namespace)/\(name)[\(kind)]" }

  /// Orders by the peer string, byte-wise (np-guard's sort).
  public static func < (a: WorkloadPeer, b: WorkloadPeer) -> Bool {
    a.description.utf8.lexicographicallyPrecedes(b.description.utf8)
  }
}

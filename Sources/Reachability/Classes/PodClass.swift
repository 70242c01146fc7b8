/// Pods that NetworkPolicy cannot tell apart: same namespace, same values of every label
/// key some selector reads, same referenced named ports, same hostNetwork handling and
/// (when ipBlocks may match pods) same address atoms.
public struct PodClass: Sendable, Hashable {
  /// The namespace's index in ``ReachabilityModel/namespaces``.
  public let namespaceIndex: Int
  /// The pod labels projected onto the keys selectors reference.
  public let labels: [String: String]
  /// Referenced named ports: name → (protocol, port) of the containers' ports.
  public let namedPorts: [String: [NamedPortTarget]]
  /// `true` when the pods are hostNetwork and the hostNetwork-as-node fork is on: pod
  /// selectors never select them.
  public let isNodeTraffic: Bool
  /// The pods' node (an index into the model's node list) when the hostNetwork-as-node fork
  /// is on; ingress from node traffic of the same node is always allowed.
  public let node: Int?
  /// The pods' atom in the ingress-source partition, when ipBlocks may match them.
  public let sourceAtom: Int?
  /// The pods' atom in the egress-destination partition, when ipBlocks may match them.
  public let destinationAtom: Int?
  /// How many analysed pods fall in the class.
  public internal(set) var podCount: Int

  /// A container port a named port resolves to.
  public struct NamedPortTarget: Sendable, Hashable, Comparable {
    /// The port's protocol.
    public let proto: NetworkProtocol
    /// The port number.
    public let port: Int

    /// Orders by protocol, then number.
    public static func < (a: NamedPortTarget, b: NamedPortTarget) -> Bool {
      (a.proto.rawValue, a.port) < (b.proto.rawValue, b.port)
    }
  }
}

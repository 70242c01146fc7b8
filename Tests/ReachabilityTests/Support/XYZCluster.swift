import KubeModel
import Reachability

/// The e2e topology of spec §3: namespaces x/y/z (label `ns=<name>`), bare pods a/b/c in
/// each (label `pod=<name>`), serving 80/81 on TCP/UDP/SCTP with named ports
/// `serve-<port>-<proto>`, pod IPs `10.0.<ns>.<pod>`, all on node 192.168.0.1.
struct XYZCluster {
  static let namespaces = ["x", "y", "z"]
  static let podNames = ["a", "b", "c"]
  static let allPods = namespaces.flatMap { ns in podNames.map { "\(ns)/\($0)" } }

  let analysis: ReachabilityAnalysis
  private let table: [String: ConnectionSet]

  /// Builds the cluster with extra YAML documents (policies, pods).
  init(_ policies: String = "", options: ReachabilityOptions = ReachabilityOptions()) throws {
    let snapshot = try SnapshotLoader().load(text: Self.yaml + "\n---\n" + policies, name: "xyz")
    self.init(snapshot: snapshot, options: options)
  }

  init(snapshot: Snapshot, options: ReachabilityOptions = ReachabilityOptions()) {
    analysis = ReachabilityAnalysis(snapshot: snapshot, options: options)
    var table: [String: ConnectionSet] = [:]
    for line in analysis.connections() {
      table["\(Self.short(line.source)) -> \(Self.short(line.destination))"] = line.connections
    }
    self.table = table
  }

  /// The connections from one endpoint to another (`x/a`, or `ext:<a.b.c.d>`).
  func conn(_ source: String, _ destination: String) -> ConnectionSet {
    if source.hasPrefix("ext:") || destination.hasPrefix("ext:") {
      return externalConn(source, destination)
    }
    return table["\(source) -> \(destination)"] ?? .none
  }

  /// Whether a port of a protocol is open from one endpoint to another.
  func allows(_ source: String, _ destination: String, _ port: Int, _ proto: NetworkProtocol = .tcp)
    -> Bool
  {
    conn(source, destination).allows(proto, port: port)
  }

  private func externalConn(_ source: String, _ destination: String) -> ConnectionSet {
    let address = IPv4Ranges.address(
      String((source.hasPrefix("ext:") ? source : destination).dropFirst(4)))!
    for line in analysis.connections() {
      let ends = (line.source, line.destination)
      switch ends {
      case (.external(let range), .workload) where source.hasPrefix("ext:"):
        if range.contains(address) && Self.short(line.destination) == destination {
          return line.connections
        }
      case (.workload, .external(let range)) where destination.hasPrefix("ext:"):
        if range.contains(address) && Self.short(line.source) == source { return line.connections }
      default: continue
      }
    }
    return .none
  }

  private static func short(_ endpoint: ReachabilityEndpoint) -> String {
    if case .workload(let peer) = endpoint { return "\(peer.namespace)/\(peer.name)" }
    return endpoint.description
  }

  static var yaml: String {
    var docs: [String] = []
    for (n, ns) in namespaces.enumerated() {
      docs.append("apiVersion: v1\nkind: Namespace\nmetadata: {name: \(ns), labels: {ns: \(ns)}}")
      for (p, pod) in podNames.enumerated() {
        docs.append(podYAML(namespace: ns, name: pod, ip: "10.0.\(n + 1).\(p + 1)"))
      }
    }
    return docs.joined(separator: "\n---\n")
  }

  /// A pod of the topology (labels `pod=<name>` plus `extraLabels`).
  static func podYAML(
    namespace: String, name: String, ip: String, extraLabels: String = "",
    hostNetwork: Bool = false, owner: String? = nil, hostIP: String = "192.168.0.1"
  ) -> String {
    let ports = [80, 81].flatMap { port in
      ["TCP", "UDP", "SCTP"].map {
        "    - {name: serve-\(port)-\($0.lowercased()), containerPort: \(port), protocol: \($0)}"
      }
    }.joined(separator: "\n")
    let ownerText =
      owner.map {
        "\n  ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: \($0), controller: true}]"
      } ?? ""
    return """
      apiVersion: v1
      kind: Pod
      metadata:
        name: \(name)
        namespace: \(namespace)
        labels: {pod: \(name)\(extraLabels)}\(ownerText)
      spec:
        hostNetwork: \(hostNetwork)
        containers:
        - name: serve
          ports:
      \(ports)
      status: {hostIP: \(hostIP), podIP: \(ip), podIPs: [{ip: \(ip)}]}
      """
  }

  /// A NetworkPolicy document.
  static func policy(_ name: String, in namespace: String, spec: String) -> String {
    """
    apiVersion: networking.k8s.io/v1
    kind: NetworkPolicy
    metadata: {name: \(name), namespace: \(namespace)}
    spec:
    \(spec.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n"))
    """
  }
}

import KubeModel

/// A generated NetworkPolicy cluster for reachability benchmarks: namespaces ×
/// Deployments, one default-deny and one DNS policy per namespace, one allow policy per
/// Deployment with AND peers, named ports, endPort ranges and ipBlocks with `except`.
///
/// Per namespace `nsI` (labels `team=t<I%5>`, `environment` dev/staging/prod round robin):
/// - Deployments `appJ`, template labels `app=appJ`, `tier=tier<J%3>`, container ports
///   `http` (TCP 8000+J) and `metrics` (TCP 9090);
/// - `default-deny` (Ingress+Egress, no rules) and `allow-dns` (egress UDP/TCP 53 anywhere);
/// - `allow-appJ` selecting `app=appJ`:
///   - ingress on the named port `http` from `tier=tier<(J+1)%3>` in the same namespace OR
///     from `tier=tier0` pods of one other namespace chosen by the seed (AND peer on
///     `kubernetes.io/metadata.name`), and on TCP 443 from `172.16.0.0/12` except
///     `172.16.<J%4>.0/24`;
///   - egress to every namespace on TCP 8000…8000+D (port + endPort) and to `10.0.0.0/8`
///     except `10.<J%256>.0.0/16` on all ports.
///
/// Same shape and seed, same objects.
public struct NetworkClusterShape: Sendable, Hashable {
  /// Namespaces.
  public var namespaces: Int
  /// Deployments per namespace.
  public var deploymentsPerNamespace: Int
  /// The seed.
  public var seed: UInt64

  /// Creates a shape.
  public init(namespaces: Int, deploymentsPerNamespace: Int, seed: UInt64 = 42) {
    self.namespaces = namespaces
    self.deploymentsPerNamespace = deploymentsPerNamespace
    self.seed = seed
  }

  /// The number of Deployments (workloads).
  public var workloads: Int { namespaces * deploymentsPerNamespace }

  /// The number of NetworkPolicies.
  public var policies: Int { namespaces * (deploymentsPerNamespace + 2) }

  private static let environments = ["dev", "staging", "prod"]

  /// Generates the objects.
  ///
  /// - Complexity: O(*namespaces* × *deployments*).
  public func objects() -> [KubeObject] {
    var random = SeededGenerator(seed: seed)
    var out: [KubeObject] = []
    out.reserveCapacity(namespaces * (2 * deploymentsPerNamespace + 3))
    for n in 0..<namespaces {
      let ns = "ns\(n)"
      out.append(
        .namespace(
          Namespace(
            metadata: ObjectMeta(
              name: ns,
              labels: ["team": "t\(n % 5)", "environment": Self.environments[n % 3]]))))
      out.append(.networkPolicy(defaultDeny(ns)))
      out.append(.networkPolicy(allowDNS(ns)))
      for d in 0..<deploymentsPerNamespace {
        out.append(.controller(deployment(ns, d)))
        let other = "ns\(Int.random(in: 0..<namespaces, using: &random))"
        out.append(.networkPolicy(allow(ns, d, peerNamespace: other)))
      }
    }
    return out
  }

  private func deployment(_ ns: String, _ d: Int) -> PodController {
    let app = "app\(d)"
    let container = Container(
      name: "main", image: "registry.example/\(app):1.0",
      ports: [
        ContainerPort(name: "http", containerPort: 8000 + d, protocol: "TCP"),
        ContainerPort(name: "metrics", containerPort: 9090),
      ])
    return PodController(
      kind: .deployment, metadata: ObjectMeta(name: app, namespace: ns, labels: ["app": app]),
      template: PodTemplateSpec(
        labels: ["app": app, "tier": "tier\(d % 3)"], spec: PodSpec(containers: [container])),
      selector: LabelSelector(matchLabels: ["app": app]), replicas: 1 + d % 3)
  }

  private func defaultDeny(_ ns: String) -> NetworkPolicy {
    NetworkPolicy(
      metadata: ObjectMeta(name: "default-deny", namespace: ns),
      spec: NetworkPolicySpec(podSelector: .everything, policyTypes: ["Ingress", "Egress"]))
  }

  private func allowDNS(_ ns: String) -> NetworkPolicy {
    NetworkPolicy(
      metadata: ObjectMeta(name: "allow-dns", namespace: ns),
      spec: NetworkPolicySpec(
        podSelector: .everything, policyTypes: ["Egress"],
        egress: [
          NetworkPolicyRule(
            ports: [
              NetworkPolicyPort(protocol: "UDP", port: .int(53)),
              NetworkPolicyPort(protocol: "TCP", port: .int(53)),
            ])
        ]))
  }

  private func allow(_ ns: String, _ d: Int, peerNamespace: String) -> NetworkPolicy {
    let tier = { (k: Int) in LabelSelector(matchLabels: ["tier": "tier\(k)"]) }
    let fromPods = NetworkPolicyRule(
      peers: [
        NetworkPolicyPeer(podSelector: tier((d + 1) % 3)),
        NetworkPolicyPeer(
          podSelector: tier(0),
          namespaceSelector: LabelSelector(matchExpressions: [
            LabelSelectorRequirement(
              key: Namespace.nameLabel, operator: "In", values: [peerNamespace])
          ])),
      ],
      ports: [NetworkPolicyPort(protocol: "TCP", port: .string("http"))])
    let fromOffice = NetworkPolicyRule(
      peers: [
        NetworkPolicyPeer(
          ipBlock: .init(cidr: "172.16.0.0/12", except: ["172.16.\(d % 4).0/24"]))
      ],
      ports: [NetworkPolicyPort(port: .int(443))])
    let toApps = NetworkPolicyRule(
      peers: [NetworkPolicyPeer(namespaceSelector: .everything)],
      ports: [
        NetworkPolicyPort(
          protocol: "TCP", port: .int(8000), endPort: 8000 + deploymentsPerNamespace)
      ])
    let toServices = NetworkPolicyRule(
      peers: [
        NetworkPolicyPeer(ipBlock: .init(cidr: "10.0.0.0/8", except: ["10.\(d % 256).0.0/16"]))
      ])
    return NetworkPolicy(
      metadata: ObjectMeta(name: "allow-app\(d)", namespace: ns),
      spec: NetworkPolicySpec(
        podSelector: LabelSelector(matchLabels: ["app": "app\(d)"]),
        policyTypes: ["Ingress", "Egress"], ingress: [fromPods, fromOffice],
        egress: [toApps, toServices]))
  }
}

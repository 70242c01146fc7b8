import KubeModel
import Reachability
import Testing

/// Spec §3 scenarios 26–34 and 36: both ends must allow, ipBlocks, policyTypes defaulting,
/// lints that accompany them, self traffic.
@Suite("Spec §3 scenarios: directions, ipBlocks, policyTypes")
struct DirectionScenarioTests {
  private let egressAToYA = XYZCluster.policy(
    "a-egress", in: "x",
    spec: """
      podSelector: {matchLabels: {pod: a}}
      policyTypes: [Egress]
      egress:
      - to: [{namespaceSelector: {matchLabels: {ns: y}}, podSelector: {matchLabels: {pod: a}}}]
      """)

  @Test("26: egress only to y/a wins even though y/b admits x/a")
  func egressDenyWins() throws {
    let admit = XYZCluster.policy(
      "admit-xa", in: "y",
      spec: """
        podSelector: {matchExpressions: [{key: pod, operator: In, values: [a, b]}]}
        ingress:
        - from: [{namespaceSelector: {matchLabels: {ns: x}}, podSelector: {matchLabels: {pod: a}}}]
        """)
    let cluster = try XYZCluster(egressAToYA + "\n---\n" + admit)
    #expect(cluster.conn("x/a", "y/a") == .all)
    #expect(cluster.conn("x/a", "y/b").isEmpty)
    #expect(cluster.conn("x/b", "y/b").isEmpty)
  }

  @Test("26: when both ends are isolated, the allowed ports are the intersection")
  func bothEndsIntersectPorts() throws {
    let egress = XYZCluster.policy(
      "a-out", in: "x",
      spec:
        "podSelector: {matchLabels: {pod: a}}\npolicyTypes: [Egress]\negress:\n- ports: [{port: 80, endPort: 81}, {port: 53, protocol: UDP}]"
    )
    let ingress = XYZCluster.policy(
      "y-in", in: "y",
      spec:
        "podSelector: {}\ningress:\n- from: [{namespaceSelector: {matchLabels: {ns: x}}}]\n  ports: [{port: 81, endPort: 90}, {protocol: UDP}]"
    )
    let cluster = try XYZCluster(egress + "\n---\n" + ingress)
    var expected = ConnectionSet.only(.tcp, PortRanges(normalizing: [81...81]))
    expected.udp = PortRanges(normalizing: [53...53])
    #expect(cluster.conn("x/a", "y/a") == expected)
    #expect(cluster.conn("x/b", "y/a").description == "TCP 81-90,UDP 1-65535")
    #expect(cluster.conn("x/a", "z/a").description == "TCP 80-81,UDP 53")
  }

  private let egressToPodIP = XYZCluster.policy(
    "to-yb-ip", in: "x",
    spec:
      "podSelector: {matchLabels: {pod: a}}\npolicyTypes: [Egress]\negress:\n- to: [{ipBlock: {cidr: 10.0.2.2/32}}]"
  )

  @Test("27: an ipBlock with a pod IP never matches the pod by default (np-guard)")
  func ipBlockDoesNotMatchPodsByDefault() throws {
    let cluster = try XYZCluster(egressToPodIP)
    #expect(cluster.conn("x/a", "y/b").isEmpty)
    #expect(cluster.conn("x/a", "ext:10.0.2.2") == .all)
    #expect(cluster.conn("x/a", "ext:10.0.2.3").isEmpty)
  }

  @Test("27: with --ipblock-matches-pods the pod-IP /32 reaches that pod only (e2e)")
  func ipBlockMatchesPodsFork() throws {
    let cluster = try XYZCluster(
      egressToPodIP, options: ReachabilityOptions(ipBlockMatchesPods: true))
    #expect(cluster.conn("x/a", "y/b") == .all)
    #expect(cluster.conn("x/a", "y/c").isEmpty)
    #expect(
      cluster.analysis.findings().contains { $0.rule == NetworkRules.ipBlockContainsPodIPs.id })
  }

  @Test("28: an IP inside except is denied by that rule but allowed by another policy")
  func exceptIsAdditive() throws {
    let spec = { (name: String, from: String) in
      XYZCluster.policy(
        name, in: "x",
        spec:
          "podSelector: {matchLabels: {pod: a}}\ningress:\n- from: [\(from)]\n  ports: [{port: 80}]"
      )
    }
    let cluster = try XYZCluster(
      spec("wide", "{ipBlock: {cidr: 0.0.0.0/0, except: [1.2.3.0/24]}}") + "\n---\n"
        + spec("narrow", "{ipBlock: {cidr: 1.2.3.4/32}}"))
    #expect(cluster.allows("ext:1.2.3.4", "x/a", 80))
    #expect(cluster.conn("ext:1.2.3.5", "x/a").isEmpty)
    #expect(cluster.allows("ext:8.8.8.8", "x/a", 80))
    #expect(cluster.conn("y/a", "x/a").isEmpty)
  }

  @Test("29: allow-egress plus deny-ingress on x/a: out allowed, in denied")
  func directionsAreIndependent() throws {
    let cluster = try XYZCluster(
      XYZCluster.policy(
        "out", in: "x",
        spec: "podSelector: {matchLabels: {pod: a}}\npolicyTypes: [Egress]\negress:\n- {}")
        + "\n---\n"
        + XYZCluster.policy(
          "in", in: "x", spec: "podSelector: {matchLabels: {pod: a}}\npolicyTypes: [Ingress]"))
    #expect(cluster.conn("x/a", "x/b") == .all)
    #expect(cluster.conn("x/b", "x/a").isEmpty)
  }

  @Test("30: egress to kubernetes.io/metadata.name NotIn [y]")
  func namespaceNameLabel() throws {
    let cluster = try XYZCluster(
      XYZCluster.policy(
        "not-y", in: "x",
        spec: """
          podSelector: {matchLabels: {pod: a}}
          policyTypes: [Egress]
          egress:
          - to: [{namespaceSelector: {matchExpressions: [{key: kubernetes.io/metadata.name, operator: NotIn, values: [y]}]}}]
          """))
    #expect(cluster.conn("x/a", "y/a").isEmpty)
    #expect(cluster.conn("x/a", "y/c").isEmpty)
    #expect(cluster.conn("x/a", "x/b") == .all)
    #expect(cluster.conn("x/a", "z/c") == .all)
  }

  @Test("31: without policyTypes an egress section also isolates ingress, with no ingress rules")
  func policyTypesDefaulting() throws {
    let cluster = try XYZCluster(
      XYZCluster.policy(
        "egress-only-intent", in: "x",
        spec: "podSelector: {matchLabels: {pod: a}}\negress:\n- to: [{podSelector: {}}]"))
    #expect(cluster.conn("y/a", "x/a").isEmpty)
    #expect(cluster.conn("x/b", "x/a").isEmpty)
    #expect(cluster.conn("x/a", "x/b") == .all)
    #expect(cluster.conn("x/a", "y/b").isEmpty)
    #expect(cluster.analysis.findings().contains { $0.rule == NetworkRules.policyTypesOmitted.id })
  }

  @Test("32: policyTypes [Egress] ignores ingress rules")
  func ingressRulesIgnored() throws {
    let cluster = try XYZCluster(
      XYZCluster.policy(
        "ignored", in: "x",
        spec:
          "podSelector: {matchLabels: {pod: a}}\npolicyTypes: [Egress]\ningress:\n- from: [{podSelector: {matchLabels: {pod: b}}}]\negress:\n- {}"
      ))
    #expect(cluster.conn("y/a", "x/a") == .all)
    #expect(cluster.analysis.findings().contains { $0.rule == NetworkRules.rulesIgnored.id })
  }

  @Test("33: a podSelector matching no pod has no effect and is linted")
  func policySelectingNothing() throws {
    let cluster = try XYZCluster(
      XYZCluster.policy(
        "typo", in: "x",
        spec: "podSelector: {matchLabels: {pod: nobody}}\npolicyTypes: [Ingress, Egress]"))
    #expect(cluster.conn("y/a", "x/a") == .all)
    #expect(cluster.conn("x/a", "y/a") == .all)
    let findings = cluster.analysis.findings()
    #expect(
      findings.contains {
        $0.rule == NetworkRules.policySelectsNothing.id && $0.target.name == "typo"
      })
  }

  @Test("34: default-deny egress without a DNS rule is linted; allowing UDP+TCP 53 clears it")
  func dnsLint() throws {
    let deny = try XYZCluster(
      XYZCluster.policy("deny-egress", in: "x", spec: "podSelector: {}\npolicyTypes: [Egress]"))
    let denied = deny.analysis.findings().filter { $0.rule == NetworkRules.egressWithoutDNS.id }
    #expect(Set(denied.map(\.target.name)) == ["a", "b", "c"])
    let withDNS = try XYZCluster(
      XYZCluster.policy(
        "dns", in: "x",
        spec:
          "podSelector: {}\npolicyTypes: [Egress]\negress:\n- ports: [{port: 53, protocol: UDP}, {port: 53, protocol: TCP}]"
      ))
    #expect(!withDNS.analysis.findings().contains { $0.rule == NetworkRules.egressWithoutDNS.id })
    let udpOnly = try XYZCluster(
      XYZCluster.policy(
        "dns-udp", in: "x",
        spec:
          "podSelector: {}\npolicyTypes: [Egress]\negress:\n- ports: [{port: 53, protocol: UDP}]"))
    #expect(udpOnly.analysis.findings().contains { $0.rule == NetworkRules.egressWithoutDNS.id })
  }

  @Test("36: traffic to self is never listed, for a pod and for replicas of one workload")
  func selfTrafficOmitted() throws {
    let replicas = (1...2).map {
      XYZCluster.podYAML(namespace: "x", name: "web-\($0)", ip: "10.0.9.\($0)", owner: "web-rs")
    }.joined(separator: "\n---\n")
    let cluster = try XYZCluster(
      replicas + "\n---\n"
        + XYZCluster.policy(
          "deny", in: "x", spec: "podSelector: {}\npolicyTypes: [Ingress, Egress]"))
    let lines = cluster.analysis.connections()
    #expect(!lines.contains { $0.source == $0.destination })
    #expect(
      !lines.contains {
        $0.source.description == "x/web-rs[ReplicaSet]"
          && $0.destination.description == "x/web-rs[ReplicaSet]"
      })
    #expect(try cluster.analysis.explain(from: "x/a", to: "x/a").isEmpty)
  }
}

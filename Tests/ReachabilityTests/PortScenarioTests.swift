import KubeModel
import Reachability
import Testing

/// Spec §3 scenarios 16–25: protocols, named ports, endPort.
@Suite("Spec §3 scenarios: ports and protocols")
struct PortScenarioTests {
  private func onA(_ ingress: String, extra: String = "") throws -> XYZCluster {
    try XYZCluster(
      XYZCluster.policy(
        "p", in: "x",
        spec: "podSelector: {matchLabels: {pod: a}}\npolicyTypes: [Ingress]\n\(ingress)")
        + extra)
  }

  @Test("16: a port without protocol is TCP only")
  func portDefaultsToTCP() throws {
    let cluster = try onA("ingress:\n- ports: [{port: 80}]")
    #expect(cluster.allows("y/a", "x/a", 80, .tcp))
    #expect(!cluster.allows("y/a", "x/a", 80, .udp))
    #expect(!cluster.allows("y/a", "x/a", 80, .sctp))
  }

  @Test("17: a protocol without port opens every port of that protocol only")
  func protocolWithoutPort() throws {
    let cluster = try onA("ingress:\n- ports: [{protocol: TCP}]")
    #expect(cluster.conn("y/a", "x/a") == .only(.tcp, .full))
    #expect(!cluster.allows("y/a", "x/a", 80, .udp))
  }

  @Test("18: an SCTP-only allow on 81 does not open TCP 81")
  func sctpIsNotTCP() throws {
    let cluster = try onA("ingress:\n- ports: [{port: 81, protocol: SCTP}]")
    #expect(cluster.allows("y/a", "x/a", 81, .sctp))
    #expect(!cluster.allows("y/a", "x/a", 81, .tcp))
  }

  @Test("19: a UDP-only allow on 81 isolates the pod: TCP 81 and 80 are denied")
  func udpOnlyIsolates() throws {
    let cluster = try onA("ingress:\n- ports: [{port: 81, protocol: UDP}]")
    #expect(cluster.conn("y/a", "x/a") == .only(.udp, PortRanges(normalizing: [81...81])))
    #expect(!cluster.allows("y/a", "x/a", 80, .tcp))
  }

  @Test("20: named ingress port serve-81-tcp on all of x opens 81, not 80, for all sources")
  func namedIngressPort() throws {
    let cluster = try XYZCluster(
      XYZCluster.policy(
        "named", in: "x", spec: "podSelector: {}\ningress:\n- ports: [{port: serve-81-tcp}]"))
    for source in ["y/a", "z/c", "x/b"] {
      #expect(cluster.conn(source, "x/a") == .only(.tcp, PortRanges(normalizing: [81...81])))
    }
    #expect(cluster.conn("ext:1.1.1.1", "x/c") == .only(.tcp, PortRanges(normalizing: [81...81])))
  }

  @Test("21: named serve-80-tcp from namespace y opens 80 only for y")
  func namedPortFromNamespace() throws {
    let cluster = try onA(
      "ingress:\n- from: [{namespaceSelector: {matchLabels: {ns: y}}}]\n  ports: [{port: serve-80-tcp}]"
    )
    #expect(cluster.allows("y/c", "x/a", 80))
    #expect(!cluster.allows("y/c", "x/a", 81))
    #expect(cluster.conn("x/b", "x/a").isEmpty)
  }

  @Test("22: egress named ports resolve on the destination, and grant nothing toward IPs")
  func egressNamedPortResolvesOnDestination() throws {
    let cluster = try XYZCluster(
      XYZCluster.policy(
        "egress-named", in: "x",
        spec: "podSelector: {}\npolicyTypes: [Egress]\negress:\n- ports: [{port: serve-80-tcp}]"))
    #expect(cluster.conn("x/a", "y/a") == .only(.tcp, PortRanges(normalizing: [80...80])))
    #expect(!cluster.allows("x/a", "y/b", 81))
    #expect(cluster.conn("x/a", "ext:8.8.8.8").isEmpty)
  }

  @Test("23: a destination without the named port gets nothing from the rule and stays isolated")
  func namedPortMissingOnDestination() throws {
    let bare = """
      apiVersion: v1
      kind: Pod
      metadata: {name: d, namespace: x, labels: {pod: d}}
      spec: {containers: [{name: plain, ports: [{containerPort: 80}]}]}
      """
    let cluster = try XYZCluster(
      XYZCluster.policy(
        "named", in: "x", spec: "podSelector: {}\ningress:\n- ports: [{port: serve-80-tcp}]")
        + "\n---\n" + bare)
    #expect(cluster.allows("y/a", "x/a", 80))
    #expect(cluster.conn("y/a", "x/d").isEmpty)
    let findings = cluster.analysis.findings()
    #expect(findings.contains { $0.rule == NetworkRules.namedPortUnresolved.id })
  }

  @Test("24: a named port defined as UDP/90 does not open TCP/90")
  func namedPortProtocolMustMatch() throws {
    let dns = """
      apiVersion: v1
      kind: Pod
      metadata: {name: e, namespace: x, labels: {pod: e}}
      spec: {containers: [{name: dns, ports: [{name: dns, containerPort: 90, protocol: UDP}]}]}
      """
    let tcp = try XYZCluster(
      XYZCluster.policy(
        "tcp", in: "x",
        spec:
          "podSelector: {matchLabels: {pod: e}}\ningress:\n- ports: [{port: dns, protocol: TCP}]")
        + "\n---\n" + dns)
    #expect(tcp.conn("y/a", "x/e").isEmpty)
    let udp = try XYZCluster(
      XYZCluster.policy(
        "udp", in: "x",
        spec:
          "podSelector: {matchLabels: {pod: e}}\ningress:\n- ports: [{port: dns, protocol: UDP}]")
        + "\n---\n" + dns)
    #expect(udp.conn("y/a", "x/e") == .only(.udp, PortRanges(normalizing: [90...90])))
  }

  @Test(
    "25: endPort opens an inclusive range",
    arguments: [
      (31999, false), (32000, true), (32500, true), (32768, true), (32769, false),
    ])
  func endPortRange(port: Int, open: Bool) throws {
    let cluster = try onA("ingress:\n- ports: [{port: 32000, endPort: 32768, protocol: TCP}]")
    #expect(cluster.allows("y/a", "x/a", port) == open)
  }
}

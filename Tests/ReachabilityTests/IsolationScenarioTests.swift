import KubeModel
import Reachability
import Testing

/// Spec §3 scenarios 1–15: isolation, selectors, AND/OR, empty vs absent.
@Suite("Spec §3 scenarios: isolation and peers")
struct IsolationScenarioTests {
  private let denyIngressX = XYZCluster.policy(
    "deny-ingress", in: "x", spec: "podSelector: {}\npolicyTypes: [Ingress]")

  private func ingressToA(_ rules: String) -> String {
    XYZCluster.policy("to-a", in: "x", spec: "podSelector: {matchLabels: {pod: a}}\n\(rules)")
  }

  @Test("1: without policies every pair is allowed on all ports and protocols")
  func noPolicies() throws {
    let cluster = try XYZCluster()
    for source in XYZCluster.allPods {
      for destination in XYZCluster.allPods where source != destination {
        #expect(cluster.conn(source, destination) == .all, "\(source) -> \(destination)")
      }
    }
    #expect(cluster.conn("ext:8.8.8.8", "x/a") == .all)
  }

  @Test("2: default-deny-ingress in x denies everything into x, x→y and y→y stay open")
  func defaultDenyIngress() throws {
    let cluster = try XYZCluster(denyIngressX)
    #expect(cluster.conn("y/a", "x/a").isEmpty)
    #expect(cluster.conn("x/a", "x/b").isEmpty)
    #expect(cluster.conn("ext:8.8.8.8", "x/a").isEmpty)
    #expect(cluster.conn("x/a", "y/a") == .all)
    #expect(cluster.conn("y/a", "y/b") == .all)
  }

  @Test("3: default-deny-all in x denies both ways; y↔y stays open")
  func defaultDenyAll() throws {
    let cluster = try XYZCluster(
      XYZCluster.policy(
        "deny-all", in: "x", spec: "podSelector: {}\npolicyTypes: [Ingress, Egress]"))
    #expect(cluster.conn("x/a", "y/a").isEmpty)
    #expect(cluster.conn("y/a", "x/a").isEmpty)
    #expect(cluster.conn("x/a", "ext:8.8.8.8").isEmpty)
    #expect(cluster.conn("y/a", "y/b") == .all)
  }

  @Test("4: a podSelector peer means the policy's namespace only; egress untouched")
  func podSelectorPeerIsSameNamespace() throws {
    let cluster = try XYZCluster(
      ingressToA("ingress:\n- from:\n  - podSelector: {matchLabels: {pod: b}}"))
    #expect(cluster.conn("x/b", "x/a") == .all)
    #expect(cluster.conn("x/c", "x/a").isEmpty)
    #expect(cluster.conn("y/b", "x/a").isEmpty)
    #expect(cluster.conn("x/a", "y/c") == .all)
  }

  @Test("5: deny-ingress in x plus allow-all-to-x/a from namespaceSelector {}")
  func denyPlusAllowAllToOnePod() throws {
    let cluster = try XYZCluster(
      denyIngressX + "\n---\n"
        + ingressToA("ingress:\n- from:\n  - namespaceSelector: {}"))
    for source in XYZCluster.allPods where source != "x/a" {
      #expect(cluster.conn(source, "x/a") == .all, "\(source)")
      #expect(cluster.conn(source, "x/b").isEmpty || source == "x/b", "\(source)")
    }
    #expect(cluster.conn("ext:8.8.8.8", "x/a").isEmpty)
  }

  @Test("6: namespaceSelector {} admits pods of every namespace but not external IPs")
  func emptyNamespaceSelector() throws {
    let cluster = try XYZCluster(ingressToA("ingress:\n- from:\n  - namespaceSelector: {}"))
    #expect(cluster.conn("z/c", "x/a") == .all)
    #expect(cluster.conn("x/b", "x/a") == .all)
    #expect(cluster.conn("ext:8.8.8.8", "x/a").isEmpty)
  }

  @Test("7: namespaceSelector {ns: y} admits y only, not the policy's own namespace")
  func labelledNamespaceSelector() throws {
    let cluster = try XYZCluster(
      ingressToA("ingress:\n- from:\n  - namespaceSelector: {matchLabels: {ns: y}}"))
    #expect(cluster.conn("y/a", "x/a") == .all)
    #expect(cluster.conn("y/c", "x/a") == .all)
    #expect(cluster.conn("x/b", "x/a").isEmpty)
    #expect(cluster.conn("z/b", "x/a").isEmpty)
  }

  @Test("8: namespaceSelector and podSelector in one peer are ANDed")
  func andPeer() throws {
    let cluster = try XYZCluster(
      ingressToA(
        """
        ingress:
        - from:
          - namespaceSelector: {matchExpressions: [{key: ns, operator: NotIn, values: [x]}]}
            podSelector: {matchLabels: {pod: b}}
        """))
    #expect(cluster.conn("y/b", "x/a") == .all)
    #expect(cluster.conn("z/b", "x/a") == .all)
    #expect(cluster.conn("x/b", "x/a").isEmpty)
    #expect(cluster.conn("y/a", "x/a").isEmpty)
    #expect(cluster.conn("z/a", "x/a").isEmpty)
  }

  @Test("9: separate peers are ORed")
  func orPeers() throws {
    let cluster = try XYZCluster(
      ingressToA(
        """
        ingress:
        - from:
          - namespaceSelector: {matchExpressions: [{key: ns, operator: NotIn, values: [x]}]}
          - podSelector: {matchLabels: {pod: b}}
        """))
    #expect(cluster.conn("x/b", "x/a") == .all)
    for source in ["y/a", "y/b", "y/c", "z/a", "z/b", "z/c"] {
      #expect(cluster.conn(source, "x/a") == .all, "\(source)")
    }
    #expect(cluster.conn("x/c", "x/a").isEmpty)
  }

  @Test("10: two podSelector peers admit both pods of the namespace only")
  func twoPodPeers() throws {
    let cluster = try XYZCluster(
      ingressToA(
        "ingress:\n- from:\n  - podSelector: {matchLabels: {pod: b}}\n  - podSelector: {matchLabels: {pod: c}}"
      ))
    #expect(cluster.conn("x/b", "x/a") == .all)
    #expect(cluster.conn("x/c", "x/a") == .all)
    #expect(cluster.conn("y/b", "x/a").isEmpty)
  }

  @Test("11: ingress [{}] allows all, ingress [] denies all")
  func emptyRuleVersusEmptyList() throws {
    let open = try XYZCluster(ingressToA("policyTypes: [Ingress]\ningress:\n- {}"))
    #expect(open.conn("y/b", "x/a") == .all)
    #expect(open.conn("ext:8.8.8.8", "x/a") == .all)
    let closed = try XYZCluster(ingressToA("policyTypes: [Ingress]\ningress: []"))
    #expect(closed.conn("x/b", "x/a").isEmpty)
    #expect(closed.conn("ext:8.8.8.8", "x/a").isEmpty)
  }

  @Test("12: a rule with ports only admits any source, external included, on those ports")
  func portsOnlyRule() throws {
    let cluster = try XYZCluster(ingressToA("ingress:\n- ports: [{port: 80}]"))
    let tcp80 = ConnectionSet.only(.tcp, PortRanges(normalizing: [80...80]))
    #expect(cluster.conn("z/c", "x/a") == tcp80)
    #expect(cluster.conn("ext:8.8.8.8", "x/a") == tcp80)
  }

  @Test("13: port 81/TCP from namespace y only")
  func portFromNamespace() throws {
    let cluster = try XYZCluster(
      ingressToA(
        "ingress:\n- from: [{namespaceSelector: {matchLabels: {ns: y}}}]\n  ports: [{port: 81, protocol: TCP}]"
      ))
    #expect(cluster.allows("y/a", "x/a", 81))
    #expect(!cluster.allows("y/a", "x/a", 80))
    #expect(cluster.conn("x/b", "x/a").isEmpty)
    #expect(cluster.conn("z/a", "x/a").isEmpty)
  }

  @Test("14: two policies on different ports are unioned")
  func policiesAreAdditive() throws {
    let fromY = "- from: [{namespaceSelector: {matchLabels: {ns: y}}}]"
    let cluster = try XYZCluster(
      XYZCluster.policy(
        "p81", in: "x",
        spec: "podSelector: {matchLabels: {pod: a}}\ningress:\n\(fromY)\n  ports: [{port: 81}]")
        + "\n---\n"
        + XYZCluster.policy(
          "p80", in: "x",
          spec: "podSelector: {matchLabels: {pod: a}}\ningress:\n\(fromY)\n  ports: [{port: 80}]"))
    #expect(cluster.conn("y/b", "x/a") == .only(.tcp, PortRanges(normalizing: [80...81])))
  }

  @Test("15: an allow-all policy next to a port-80 policy opens 81 too, for ingress and egress")
  func broadestRuleWins() throws {
    let ingress = try XYZCluster(
      ingressToA("ingress:\n- ports: [{port: 80}]") + "\n---\n"
        + XYZCluster.policy(
          "all", in: "x", spec: "podSelector: {matchLabels: {pod: a}}\ningress:\n- {}"))
    #expect(ingress.allows("y/a", "x/a", 81))
    let egress = try XYZCluster(
      XYZCluster.policy(
        "e80", in: "x",
        spec:
          "podSelector: {matchLabels: {pod: a}}\npolicyTypes: [Egress]\negress:\n- ports: [{port: 80}]"
      )
        + "\n---\n"
        + XYZCluster.policy(
          "eall", in: "x",
          spec: "podSelector: {matchLabels: {pod: a}}\npolicyTypes: [Egress]\negress:\n- {}"))
    #expect(egress.allows("x/a", "y/a", 81))
    #expect(egress.conn("x/a", "y/a") == .all)
  }
}

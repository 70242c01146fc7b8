import KubeModel
import Reachability
import Testing

@Suite("Network findings")
struct FindingsTests {
  private func findings(_ policies: String) throws -> [Finding] {
    try XYZCluster(policies).analysis.findings()
  }

  private func rules(_ findings: [Finding]) -> Set<String> { Set(findings.map(\.rule)) }

  @Test("the rule catalogue has unique network ids and every finding uses it")
  func catalogue() throws {
    let ids = NetworkRules.all.map(\.id)
    #expect(Set(ids).count == ids.count)
    #expect(NetworkRules.all.allSatisfy { $0.domain == .network && $0.id.hasPrefix("network.") })
    let all = try findings(
      XYZCluster.policy(
        "bad", in: "x",
        spec:
          "podSelector: {}\ningress:\n- {}\n- from: [{}]\negress:\n- to: [{ipBlock: {cidr: fd00::/8}}]"
      ))
    #expect(!all.isEmpty)
    #expect(all.allSatisfy { finding in ids.contains(finding.rule) && finding.domain == .network })
  }

  @Test("namespaces without policies and flat namespaces are flagged")
  func namespaceLevel() throws {
    let open = try findings("")
    #expect(
      open.filter { $0.rule == NetworkRules.namespaceWithoutPolicy.id }.map(\.target.name) == [
        "x", "y", "z",
      ])
    #expect(open.filter { $0.rule == NetworkRules.flatNamespace.id }.count == 3)
    let guarded = try findings(
      XYZCluster.policy("deny", in: "x", spec: "podSelector: {}\npolicyTypes: [Ingress]"))
    #expect(
      !guarded.contains {
        $0.rule == NetworkRules.namespaceWithoutPolicy.id && $0.target.name == "x"
      })
    #expect(!guarded.contains { $0.rule == NetworkRules.flatNamespace.id && $0.target.name == "x" })
  }

  @Test("allow-all rules: no peers and no ports, or 0.0.0.0/0 on all ports")
  func allowAll() throws {
    let found = try findings(
      XYZCluster.policy("open", in: "x", spec: "podSelector: {}\ningress:\n- {}") + "\n---\n"
        + XYZCluster.policy(
          "world", in: "y",
          spec: "podSelector: {}\ningress:\n- from: [{ipBlock: {cidr: 0.0.0.0/0}}]"))
    let targets = found.filter { $0.rule == NetworkRules.allowAllRule.id }.map(\.target.name)
    #expect(Set(targets) == ["open", "world"])
    let narrow = try findings(
      XYZCluster.policy("narrow", in: "x", spec: "podSelector: {}\ningress:\n- ports: [{port: 80}]")
    )
    #expect(!narrow.contains { $0.rule == NetworkRules.allowAllRule.id })
  }

  @Test(
    "invalid constructs are reported with their field path",
    arguments: [
      (
        "from: [{ipBlock: {cidr: 10.0.0.0/8, except: [11.0.0.0/16]}}]",
        "spec.ingress[0].from[0].ipBlock"
      ),
      ("ports: [{port: 90, endPort: 80}]", "spec.ingress[0].ports[0].endPort"),
      ("from: [{}]", "spec.ingress[0].from[0]"),
      ("from: [{ipBlock: {cidr: 10.0.0.0/8}, podSelector: {}}]", "spec.ingress[0].from[0]"),
      ("ports: [{port: 80, protocol: ICMP}]", "spec.ingress[0].ports[0].protocol"),
      (
        "from: [{podSelector: {matchExpressions: [{key: a, operator: In}]}}]",
        "spec.ingress[0].from[0].podSelector"
      ),
    ])
  func invalid(rule: String, path: String) throws {
    let found = try findings(
      XYZCluster.policy("invalid", in: "x", spec: "podSelector: {}\ningress:\n- \(rule)"))
    #expect(found.contains { $0.rule == NetworkRules.invalidPolicy.id && $0.fieldPath == path })
  }

  @Test("IPv6 ipBlocks are reported as not analysed")
  func ipv6() throws {
    let found = try findings(
      XYZCluster.policy(
        "v6", in: "x", spec: "podSelector: {}\ningress:\n- from: [{ipBlock: {cidr: 'fd00::/8'}}]"))
    #expect(rules(found).contains(NetworkRules.ipv6NotAnalysed.id))
    #expect(!rules(found).contains(NetworkRules.invalidPolicy.id))
  }

  @Test("peers selecting nothing: a podSelector with no pod, a namespaceSelector with no namespace")
  func peersSelectingNothing() throws {
    let found = try findings(
      XYZCluster.policy(
        "typos", in: "x",
        spec:
          "podSelector: {}\ningress:\n- from: [{podSelector: {matchLabels: {pod: zz}}}, {namespaceSelector: {matchLabels: {ns: q}}}, {podSelector: {matchLabels: {pod: b}}}]"
      ))
    let paths = found.filter { $0.rule == NetworkRules.peerSelectsNothing.id }.compactMap(
      \.fieldPath)
    #expect(paths == ["spec.ingress[0].from[0]", "spec.ingress[0].from[1].namespaceSelector"])
  }

  @Test("a named egress port toward an ipBlock is reported")
  func namedPortTowardIP() throws {
    let found = try findings(
      XYZCluster.policy(
        "to-ip", in: "x",
        spec:
          "podSelector: {}\npolicyTypes: [Egress]\negress:\n- to: [{ipBlock: {cidr: 8.8.8.8/32}}]\n  ports: [{port: serve-80-tcp}]"
      ))
    #expect(
      found.contains {
        $0.rule == NetworkRules.namedPortUnresolved.id && $0.message.contains("ipBlock")
      })
  }
}

import KubeModel
import Reachability
import Testing

@Suite("Explain")
struct ExplainTests {
  static let policySets: [String] = [
    "",
    XYZCluster.policy("deny", in: "x", spec: "podSelector: {}\npolicyTypes: [Ingress, Egress]"),
    XYZCluster.policy(
      "mixed", in: "x",
      spec: """
        podSelector: {matchLabels: {pod: a}}
        ingress:
        - from: [{namespaceSelector: {matchLabels: {ns: y}}, podSelector: {matchLabels: {pod: b}}}]
          ports: [{port: serve-80-tcp}, {port: 81, protocol: UDP}]
        - from: [{ipBlock: {cidr: 8.0.0.0/8, except: [8.8.8.0/24]}}]
        egress:
        - to: [{podSelector: {}}]
          ports: [{port: 81, endPort: 90}]
        """)
      + "\n---\n"
      + XYZCluster.policy(
        "y-in", in: "y",
        spec: "podSelector: {matchLabels: {pod: c}}\ningress:\n- from: [{namespaceSelector: {}}]"),
  ]

  @Test("explanations agree with the engine for every workload pair", arguments: policySets.indices)
  func explainMatchesEngine(_ index: Int) throws {
    let cluster = try XYZCluster(Self.policySets[index])
    for source in XYZCluster.allPods {
      for destination in XYZCluster.allPods where source != destination {
        let explanations = try cluster.analysis.explain(from: source, to: destination)
        let explanation = try #require(explanations.first)
        #expect(explanations.count == 1)
        #expect(
          explanation.allowed == cluster.conn(source, destination), "\(source) -> \(destination)")
      }
    }
    for address in ["8.1.1.1", "8.8.8.8", "1.1.1.1"] {
      let explanation = try #require(try cluster.analysis.explain(from: address, to: "x/a").first)
      #expect(explanation.allowed == cluster.conn("ext:\(address)", "x/a"), "\(address)")
      #expect(explanation.egress.status == .notApplicable)
    }
  }

  @Test("explain names the isolating policies and the allowing rule, peer and ports")
  func explainContent() throws {
    let cluster = try XYZCluster(Self.policySets[2])
    let explanation = try #require(try cluster.analysis.explain(from: "y/b", to: "x/a").first)
    #expect(explanation.egress.status == .notIsolated)
    #expect(explanation.ingress.status == .isolated)
    #expect(explanation.ingress.isolatingPolicies == ["x/mixed"])
    let match = try #require(explanation.ingress.allowingRules.first)
    #expect(match.policy == "x/mixed" && match.ruleIndex == 0 && match.peerIndex == 0)
    #expect(match.ports.description == "TCP 80,UDP 81")
    let denied = try #require(try cluster.analysis.explain(from: "y/a", to: "x/a").first)
    #expect(denied.ingress.allowingRules.isEmpty)
    #expect(denied.allowed.isEmpty)
    let text = ExplanationText.render([denied])
    #expect(text.contains("no ingress rule of those policies admits y/a[Pod]"))
  }

  @Test("a namespace endpoint expands to its workloads; unknown names are an error")
  func resolution() throws {
    let cluster = try XYZCluster()
    #expect(try cluster.analysis.explain(from: "x", to: "y/a").count == 3)
    #expect(try cluster.analysis.explain(from: "x", to: "x").count == 6)
    #expect(try cluster.analysis.explain(from: "x/a[Pod]", to: "y/a").count == 1)
    #expect(throws: ExplainError.self) { try cluster.analysis.explain(from: "nope/a", to: "x/a") }
  }
}

import KubeModel
import Testing

@Suite("Gap impact")
struct GapImpactTests {
  private func record(_ resource: String, _ status: ListStatus, group: String = "")
    -> Inventory.Gap
  {
    let list = ListRecord(group: group, version: "v1", resource: resource, status: status)
    return Inventory.Gap(resource: list.qualifiedResource, status: status, message: nil)
  }

  @Test(
    "each list feeds the analysis it weakens",
    arguments: [
      ("secrets", GapImpact.Analysis.secrets), ("roles", .rbac), ("clusterroles", .rbac),
      ("rolebindings", .rbac), ("clusterrolebindings", .rbac), ("pods", .workloads),
      ("deployments", .workloads), ("cronjobs", .workloads),
      ("networkpolicies", .reachability), ("namespaces", .namespaces),
    ])
  func mapping(resource: String, analysis: GapImpact.Analysis) {
    #expect(GapImpact.analysis(ofResource: resource) == analysis)
  }

  @Test("lists no analysis relies on weaken nothing")
  func unrelated() {
    #expect(GapImpact.analysis(ofResource: "configmaps") == nil)
    #expect(GapImpact.impacts(of: [record("events", .forbidden)]).isEmpty)
  }

  @Test("forbidden secrets say secret-reader paths may be missing")
  func secretsSentence() throws {
    let impacts = GapImpact.impacts(of: [record("secrets", .forbidden)])
    let impact = try #require(impacts.first)
    #expect(impacts.count == 1)
    #expect(
      impact.sentence == "Secrets forbidden: secret-reader paths and legacy tokens may be missing")
  }

  @Test("gaps are grouped per analysis, complete lists ignored, analyses in fixed order")
  func grouping() {
    let impacts = GapImpact.impacts(of: [
      record("rolebindings", .partial, group: "rbac.authorization.k8s.io"),
      record("networkpolicies", .forbidden, group: "networking.k8s.io"),
      record("roles", .forbidden, group: "rbac.authorization.k8s.io"),
      record("pods", .complete),
    ])
    #expect(impacts.map(\.analysis) == [.rbac, .reachability])
    #expect(impacts.first?.gaps == ["rolebindings partial", "roles forbidden"])
    #expect(
      impacts.first?.sentence.hasPrefix("RBAC analysis incomplete (rolebindings partial") == true)
  }
}

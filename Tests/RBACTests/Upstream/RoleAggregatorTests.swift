import KubeModel
import RBAC
import Testing

/// Upstream facts 90–94 (clusterroleaggregation_controller_test.go) and the offline fixpoint.
@Suite("Aggregation (upstream facts 90–94)")
struct RoleAggregatorTests {
  typealias B = RBACBuilders

  static let hammer = B.rule(["hammer"], [""], ["nails"])
  static let chisel = B.rule(["chisel"], [""], ["wood"])
  static let saw = B.rule(["saw"], [""], ["boards"])

  static func aggregated(_ selectors: [[String: String]], rules: [PolicyRule] = [Self.saw])
    -> ClusterRole
  {
    ClusterRole(
      metadata: ObjectMeta(name: "parent"), rules: rules,
      aggregationRule: .init(clusterRoleSelectors: selectors.map { LabelSelector(matchLabels: $0) })
    )
  }

  @Test("90: the role's own rules are replaced by the selected roles' rules")
  func replaces() {
    let parent = Self.aggregated([["foo": "bar"]])
    let source = B.clusterRole("hammer", labels: ["foo": "bar"], [Self.hammer])
    #expect(RoleAggregator.aggregate(parent, among: [parent, source]) == [Self.hammer])
  }

  @Test("91: no match gives empty rules")
  func noMatch() {
    let parent = Self.aggregated([["foo": "bar"]])
    let other = B.clusterRole("hammer", labels: ["foo": "baz"], [Self.hammer])
    #expect(RoleAggregator.aggregate(parent, among: [parent, other]).isEmpty)
  }

  @Test("92: sources are ordered by name")
  func ordered() {
    let parent = Self.aggregated([["foo": "bar"]])
    let roles = [
      parent, B.clusterRole("hammer", labels: ["foo": "bar"], [Self.hammer]),
      B.clusterRole("chisel", labels: ["foo": "bar"], [Self.chisel]),
    ]
    #expect(RoleAggregator.aggregate(parent, among: roles) == [Self.chisel, Self.hammer])
  }

  @Test("93: selectors are ORed")
  func selectorsOred() {
    let parent = Self.aggregated([["foo": "bar"], ["foo": "baz"]])
    let roles = [
      parent, B.clusterRole("hammer", labels: ["foo": "bar"], [Self.hammer]),
      B.clusterRole("chisel", labels: ["foo": "baz"], [Self.chisel]),
    ]
    #expect(RoleAggregator.aggregate(parent, among: roles) == [Self.chisel, Self.hammer])
  }

  @Test("94: a rule found in two roles appears once")
  func deduplicates() {
    let parent = Self.aggregated([["foo": "bar"]])
    let roles = [
      parent, B.clusterRole("a", labels: ["foo": "bar"], [Self.hammer]),
      B.clusterRole("b", labels: ["foo": "bar"], [Self.hammer, Self.chisel]),
    ]
    #expect(RoleAggregator.aggregate(parent, among: roles) == [Self.hammer, Self.chisel])
  }

  @Test("offline chain admin ← edit ← view with rules: null reaches a fixpoint")
  func fixpointChain() {
    func agg(_ name: String, _ label: String, to parent: String?, _ rules: [PolicyRule] = [])
      -> ClusterRole
    {
      var labels: [String: String] = [:]
      if let parent { labels["rbac.authorization.k8s.io/aggregate-to-\(parent)"] = "true" }
      return ClusterRole(
        metadata: ObjectMeta(name: name, labels: labels), rules: rules,
        aggregationRule: .init(clusterRoleSelectors: [
          LabelSelector(matchLabels: ["rbac.authorization.k8s.io/aggregate-to-\(label)": "true"])
        ]))
    }
    let roles = [
      agg("admin", "admin", to: nil), agg("edit", "edit", to: "admin"),
      agg("view", "view", to: "edit"),
      B.clusterRole(
        "system:aggregate-to-view", labels: ["rbac.authorization.k8s.io/aggregate-to-view": "true"],
        [Self.chisel]),
      B.clusterRole(
        "system:aggregate-to-edit", labels: ["rbac.authorization.k8s.io/aggregate-to-edit": "true"],
        [Self.hammer]),
    ]
    let result = RoleAggregator(clusterRoles: roles)
    #expect(result.rulesByName["view"] == [Self.chisel])
    #expect(Set(result.rulesByName["edit"] ?? []) == [Self.chisel, Self.hammer])
    #expect(Set(result.rulesByName["admin"] ?? []) == [Self.chisel, Self.hammer])
    #expect(result.cycles.isEmpty)
  }

  @Test("a cycle converges to the union and is reported")
  func cycle() {
    let a = ClusterRole(
      metadata: ObjectMeta(name: "a", labels: ["to-b": "true"]), rules: [],
      aggregationRule: .init(clusterRoleSelectors: [LabelSelector(matchLabels: ["to-a": "true"])]))
    let b = ClusterRole(
      metadata: ObjectMeta(name: "b", labels: ["to-a": "true"]), rules: [],
      aggregationRule: .init(clusterRoleSelectors: [LabelSelector(matchLabels: ["to-b": "true"])]))
    let leaf = B.clusterRole("leaf", labels: ["to-a": "true"], [Self.hammer])
    let result = RoleAggregator(clusterRoles: [a, b, leaf])
    #expect(result.rulesByName["a"] == [Self.hammer])
    #expect(result.rulesByName["b"] == [Self.hammer])
    #expect(result.cycles == ["a", "b"])
  }

  @Test("stored rules that differ from the aggregation are reported as drift and united")
  func drift() {
    let parent = Self.aggregated([["foo": "bar"]])
    let source = B.clusterRole("hammer", labels: ["foo": "bar"], [Self.hammer])
    let result = RoleAggregator(clusterRoles: [parent, source])
    #expect(result.drift == ["parent"])
    #expect(result.rulesByName["parent"] == [Self.hammer, Self.saw])
  }
}

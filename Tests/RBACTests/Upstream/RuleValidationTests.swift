import KubeModel
import RBAC
import Testing

/// Upstream facts 47–53: the rule builder's validity checks, used as lint.
@Suite("Rule validity (upstream facts 47–53)")
struct RuleValidationTests {
  typealias B = RBACBuilders

  static let cases: [(fact: String, rule: PolicyRule, valid: Bool)] = [
    ("47 no verbs", B.rule([], [""], ["pods"]), false),
    ("48 names with get", B.rule(["get"], [""], ["pod"], names: ["gakki"]), true),
    ("49 url rule", B.rule(["get"], urls: ["/api/registry/healthz"]), true),
    ("50 urls with groups", B.rule(["get"], [""], urls: ["/healthz"]), false),
    ("50 urls with resources", B.rule(["get"], [], ["pods"], urls: ["/healthz"]), false),
    ("50 urls with names", B.rule(["get"], names: ["x"], urls: ["/healthz"]), false),
    ("51 resources without groups", B.rule(["get"], [], ["pods"]), false),
    ("52 names with list", B.rule(["list"], [""], ["pods"], names: ["a"]), false),
    ("52 names with watch", B.rule(["watch"], [""], ["pods"], names: ["a"]), false),
    ("52 names with create", B.rule(["create"], [""], ["pods"], names: ["a"]), false),
    (
      "52 names with deletecollection", B.rule(["deletecollection"], [""], ["pods"], names: ["a"]),
      false
    ),
    ("53 neither resources nor urls", B.rule(["get"], [""]), false),
  ]

  @Test("validity matches the upstream builder", arguments: cases.indices)
  func validity(_ index: Int) {
    let c = Self.cases[index]
    #expect((RuleValidation.problem(c.rule) == nil) == c.valid, "\(c.fact)")
  }
}

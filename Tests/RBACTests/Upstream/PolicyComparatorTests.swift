import KubeModel
import RBAC
import Testing

/// Upstream facts 73–89 (policy_comparator_test.go): `Covers`.
@Suite("Covers (upstream facts 73–89)")
struct PolicyComparatorTests {
  typealias B = RBACBuilders

  struct Case: Sendable, CustomTestStringConvertible {
    var fact: String
    var owner: [PolicyRule]
    var servant: [PolicyRule]
    var covered: Bool
    var uncovered: [PolicyRule]? = nil
    var testDescription: String { "\(fact) → \(covered ? "covered" : "not covered")" }
  }

  static let cases: [Case] = [
    Case(
      fact: "73 exact", owner: [B.rule(["get"], ["g"], ["builds"])],
      servant: [B.rule(["get"], ["g"], ["builds"])], covered: true),
    Case(
      fact: "74 */scale", owner: [B.rule(["get"], ["g"], ["*/scale"])],
      servant: [B.rule(["get"], ["g"], ["foo/scale"])], covered: true),
    Case(
      fact: "75 several owner rules",
      owner: [
        B.rule(["delete"], ["g"], ["builds"]), B.rule(["delete"], ["g"], ["deployments"]),
        B.rule(["update"], ["g"], ["builds", "deployments"]),
      ],
      servant: [B.rule(["delete", "update"], ["g"], ["builds", "deployments"])], covered: true),
    Case(
      fact: "76 per-group owners",
      owner: [B.rule(["get"], ["g1"], ["builds"]), B.rule(["get"], ["g2"], ["builds"])],
      servant: [B.rule(["get"], ["g1", "g2"], ["builds"])], covered: true),
    Case(
      fact: "77 one atom missing",
      owner: [
        B.rule(["delete", "update"], ["g"], ["builds", "deployments"]),
        B.rule(["delete"], ["g"], ["pods"]),
      ],
      servant: [B.rule(["delete", "update"], ["g"], ["builds", "deployments", "pods"])],
      covered: false, uncovered: [B.rule(["update"], ["g"], ["pods"])]),
    Case(
      fact: "78 group *", owner: [B.rule(["get"], ["*"], ["builds"])],
      servant: [B.rule(["get"], ["g1", "g2"], ["builds"])], covered: true),
    Case(
      fact: "79 group list vs *", owner: [B.rule(["get"], ["dummy-group"], ["builds"])],
      servant: [B.rule(["get"], ["*"], ["builds"])], covered: false),
    Case(
      fact: "80 verb *", owner: [B.rule(["*"], ["g"], ["builds"])],
      servant: [B.rule(["watch", "list"], ["g"], ["builds"])], covered: true),
    Case(
      fact: "81 verb list vs *", owner: [B.rule(["get", "list", "watch"], ["g"], ["builds"])],
      servant: [B.rule(["*"], ["g"], ["builds"])], covered: false),
    Case(
      fact: "82 resource *", owner: [B.rule(["get"], ["g"], ["*"])],
      servant: [B.rule(["get"], ["g"], ["deployments"])], covered: true),
    Case(
      fact: "83 resource list vs *", owner: [B.rule(["get"], ["g"], ["builds", "deployments"])],
      servant: [B.rule(["get"], ["g"], ["*"])], covered: false),
    Case(
      fact: "84 owner without names", owner: [B.rule(["get"], ["g"], ["builds"])],
      servant: [B.rule(["get"], ["g"], ["builds"], names: ["foo", "bar"])], covered: true),
    Case(
      fact: "85 owner with names vs unrestricted",
      owner: [B.rule(["get"], ["g"], ["builds"], names: ["foo", "bar"])],
      servant: [B.rule(["get"], ["g"], ["builds"])], covered: false),
    Case(
      fact: "86 url *", owner: [B.rule(["get"], urls: ["*"])],
      servant: [B.rule(["get"], urls: ["/apis", "/apis/v1", "/"])], covered: true),
    Case(
      fact: "87 /apis/* vs /apis", owner: [B.rule(["get"], urls: ["/apis/*"])],
      servant: [B.rule(["get"], urls: ["/apis"])], covered: false),
    Case(
      fact: "88 /apis/* prefix", owner: [B.rule(["get"], urls: ["/apis/*"])],
      servant: [B.rule(["get"], urls: ["/apis/v1", "/apis/v1/foo"])], covered: true),
    Case(
      fact: "89 resources do not cover urls", owner: [B.rule(["get"], ["g"], ["builds"])],
      servant: [B.rule(["get"], ["g"], ["builds"]), B.rule(["get"], urls: ["/apis"])],
      covered: false, uncovered: [B.rule(["get"], urls: ["/apis"])]),
  ]

  @Test("Covers decides as upstream", arguments: cases)
  func covers(_ c: Case) {
    let coverage = PolicyComparator.covers(owner: c.owner, servant: c.servant)
    #expect(coverage.covered == c.covered)
    if let uncovered = c.uncovered { #expect(coverage.uncovered == uncovered) }
  }
}

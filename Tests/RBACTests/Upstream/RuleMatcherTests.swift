import KubeModel
import RBAC
import Testing

/// Upstream facts 27–46: `RuleMatches` (rule_test.go) and `ResourceMatches` (helpers_test.go).
@Suite("Rule matching (upstream facts 27–46)")
struct RuleMatcherTests {
  typealias B = RBACBuilders

  struct Case: Sendable, CustomTestStringConvertible {
    var fact: String
    var rule: PolicyRule
    var request: AccessRequest
    var allowed: Bool
    var testDescription: String {
      "\(fact): \(request) → \(allowed ? "allow" : "deny")"
    }
  }

  static func res(_ verb: String, _ group: String, _ resource: String) -> AccessRequest {
    AccessRequest(verb: verb, apiGroup: group, combinedResource: resource, namespace: "ns1")
  }

  static let cases: [Case] = {
    var all: [Case] = []
    let r27 = B.rule(["*"], ["g1"], ["r1"])
    all += [
      Case(fact: "27", rule: r27, request: res("anything", "g1", "r1"), allowed: true),
      Case(fact: "27", rule: r27, request: res("get", "g2", "r1"), allowed: false),
      Case(fact: "27", rule: r27, request: res("get", "g1", "r2"), allowed: false),
    ]
    let r28 = B.rule(["v1"], ["*"], ["r1"])
    all += [
      Case(fact: "28", rule: r28, request: res("v1", "anygroup", "r1"), allowed: true),
      Case(fact: "28", rule: r28, request: res("v1", "g1", "r2"), allowed: false),
      Case(fact: "28", rule: r28, request: res("v2", "g1", "r1"), allowed: false),
    ]
    let r29 = B.rule(["v1"], ["g1"], ["*"])
    all += [
      Case(fact: "29", rule: r29, request: res("v1", "g1", "anything"), allowed: true),
      Case(fact: "29", rule: r29, request: res("v1", "g2", "r1"), allowed: false),
      Case(fact: "29", rule: r29, request: res("v2", "g1", "r1"), allowed: false),
    ]
    let r30 = B.rule(["v1", "v2"], ["g1", "g2"], ["r1", "r2"])
    for verb in ["v1", "v2"] {
      for group in ["g1", "g2"] {
        for resource in ["r1", "r2"] {
          all.append(
            Case(fact: "30", rule: r30, request: res(verb, group, resource), allowed: true))
        }
      }
    }
    let r31 = B.rule(["*"], ["*"], ["r1/s1"])
    all += [
      Case(fact: "31", rule: r31, request: res("get", "g", "r1/s1"), allowed: true),
      Case(fact: "31", rule: r31, request: res("get", "g", "r1/s2"), allowed: false),
      Case(fact: "31", rule: r31, request: res("get", "g", "r2/s1"), allowed: false),
    ]
    let r32 = B.rule(["v1"], urls: ["*"])
    for path in ["/foo", "/foo/bar", "/foo/baz/one"] {
      all.append(
        Case(fact: "32", rule: r32, request: AccessRequest(verb: "v1", path: path), allowed: true))
      all.append(
        Case(fact: "32", rule: r32, request: AccessRequest(verb: "v2", path: path), allowed: false))
    }
    let r33 = B.rule(["v1"], urls: ["/foo/*"])
    for (path, ok) in [
      ("/foo", false), ("/foo/bar", true), ("/foo/baz/one", true), ("/notfoo", false),
      ("/notfoo/bar", false),
    ] {
      all.append(
        Case(fact: "33", rule: r33, request: AccessRequest(verb: "v1", path: path), allowed: ok))
    }
    let r34 = B.rule(["*"], urls: ["/foo", "/foo/bar/one"])
    for (path, ok) in [
      ("/foo", true), ("/foo/bar/one", true), ("/foo/bar", false), ("/foo/baz", false),
      ("/foo/baz/one", false),
    ] {
      all.append(
        Case(fact: "34", rule: r34, request: AccessRequest(verb: "v1", path: path), allowed: ok))
    }
    return all
  }()

  @Test("rule allows or denies exactly as upstream", arguments: cases)
  func ruleMatches(_ c: Case) {
    #expect(RuleMatcher.allows(c.rule, c.request) == c.allowed)
  }

  struct ResourceCase: Sendable, CustomTestStringConvertible {
    var fact: String
    var resources: [String]
    var combined: String
    var subresource: String
    var expected: Bool
    var testDescription: String { "\(fact): \(resources) vs \(combined) → \(expected)" }
  }

  static let resourceCases: [ResourceCase] =
    [
      ResourceCase(fact: "35", resources: ["*"], combined: "foo", subresource: "", expected: true),
      ResourceCase(
        fact: "36", resources: ["doesn't match", "*"], combined: "foo", subresource: "",
        expected: true),
      ResourceCase(
        fact: "37", resources: ["foo/bar"], combined: "foo/bar", subresource: "bar", expected: true),
      ResourceCase(
        fact: "38", resources: ["foo/bar"], combined: "foo", subresource: "", expected: false),
      ResourceCase(
        fact: "39", resources: ["*/scale"], combined: "foo/scale", subresource: "scale",
        expected: true),
      ResourceCase(
        fact: "40", resources: ["foo/bar", "*/other"], combined: "foo/other/segment",
        subresource: "other/segment", expected: false),
      ResourceCase(
        fact: "41", resources: ["foo/bar", "*/other/segment"], combined: "foo/other/segment",
        subresource: "other/segment", expected: true),
    ]
    + ["", "/", "*/", "*something/other/segment", "something/other/segment"].enumerated().map {
      ResourceCase(
        fact: "\(42 + $0.offset)", resources: [$0.element], combined: "foo/other/segment",
        subresource: "other/segment", expected: false)
    }

  @Test("resource matching follows ResourceMatches", arguments: resourceCases)
  func resourceMatches(_ c: ResourceCase) {
    #expect(
      RuleMatcher.resourceMatches(c.resources, c.combined, subresource: c.subresource) == c.expected
    )
  }

  @Test("pods/* is not a wildcard: it matches only a literal subresource *")
  func podsStarIsLiteral() {
    let rule = B.rule(["get"], [""], ["pods/*"])
    #expect(!RuleMatcher.allows(rule, Self.res("get", "", "pods/exec")))
    #expect(RuleMatcher.allows(rule, Self.res("get", "", "pods/*")))
  }

  @Test("resourceNames never match a nameless request, and match names literally")
  func resourceNames() {
    let rule = B.rule(["get", "list", "create"], [""], ["secrets"], names: ["token"])
    #expect(
      RuleMatcher.allows(rule, AccessRequest(verb: "get", resource: "secrets", name: "token")))
    #expect(
      !RuleMatcher.allows(rule, AccessRequest(verb: "get", resource: "secrets", name: "tok*")))
    #expect(!RuleMatcher.allows(rule, AccessRequest(verb: "list", resource: "secrets")))
    #expect(!RuleMatcher.allows(rule, AccessRequest(verb: "create", resource: "secrets")))
    #expect(
      RuleMatcher.allows(rule, AccessRequest(verb: "list", resource: "secrets", name: "token")))
  }

  @Test("the prefix /api* matches /apis, and comparisons are case-sensitive")
  func urlPrefixAndCase() {
    #expect(
      RuleMatcher.allows(
        B.rule(["get"], urls: ["/api*"]), AccessRequest(verb: "get", path: "/apis")))
    #expect(
      !RuleMatcher.allows(B.rule(["GET"], urls: ["*"]), AccessRequest(verb: "get", path: "/")))
    #expect(!RuleMatcher.allows(B.rule(["get"], [""], ["Pods"]), Self.res("get", "", "pods")))
  }
}

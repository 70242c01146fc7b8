import Testing

@testable import KubeModel

@Suite("Label selectors")
struct LabelSelectorTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var selector: LabelSelector
    var labels: [String: String]
    var matches: Bool
    var testDescription: String { name }
  }

  static let web: [String: String] = ["app": "web", "tier": "frontend"]

  static let cases: [Case] = [
    Case(
      name: "empty selector matches everything", selector: .everything, labels: web, matches: true),
    Case(
      name: "empty selector matches no labels", selector: .everything, labels: [:], matches: true),
    Case(
      name: "matchLabels equal", selector: .init(matchLabels: ["app": "web"]), labels: web,
      matches: true),
    Case(
      name: "matchLabels different value", selector: .init(matchLabels: ["app": "db"]), labels: web,
      matches: false),
    Case(
      name: "matchLabels missing key", selector: .init(matchLabels: ["env": "prod"]), labels: web,
      matches: false),
    Case(
      name: "matchLabels all must hold",
      selector: .init(matchLabels: ["app": "web", "tier": "db"]), labels: web, matches: false),
    Case(
      name: "In with value",
      selector: .init(matchExpressions: [.init(key: "app", operator: "In", values: ["db", "web"])]),
      labels: web, matches: true),
    Case(
      name: "In without the value",
      selector: .init(matchExpressions: [.init(key: "app", operator: "In", values: ["db"])]),
      labels: web, matches: false),
    Case(
      name: "In on absent key",
      selector: .init(matchExpressions: [.init(key: "env", operator: "In", values: ["prod"])]),
      labels: web, matches: false),
    Case(
      name: "NotIn excludes value",
      selector: .init(matchExpressions: [.init(key: "app", operator: "NotIn", values: ["web"])]),
      labels: web, matches: false),
    Case(
      name: "NotIn other value",
      selector: .init(matchExpressions: [.init(key: "app", operator: "NotIn", values: ["db"])]),
      labels: web, matches: true),
    Case(
      name: "NotIn holds when key absent",
      selector: .init(matchExpressions: [.init(key: "env", operator: "NotIn", values: ["prod"])]),
      labels: web, matches: true),
    Case(
      name: "Exists present",
      selector: .init(matchExpressions: [.init(key: "tier", operator: "Exists")]), labels: web,
      matches: true),
    Case(
      name: "Exists absent",
      selector: .init(matchExpressions: [.init(key: "env", operator: "Exists")]), labels: web,
      matches: false),
    Case(
      name: "DoesNotExist absent",
      selector: .init(matchExpressions: [.init(key: "env", operator: "DoesNotExist")]), labels: web,
      matches: true),
    Case(
      name: "DoesNotExist present",
      selector: .init(matchExpressions: [.init(key: "app", operator: "DoesNotExist")]), labels: web,
      matches: false),
    Case(
      name: "labels AND expressions",
      selector: .init(
        matchLabels: ["app": "web"],
        matchExpressions: [.init(key: "tier", operator: "In", values: ["backend"])]), labels: web,
      matches: false),
    Case(
      name: "In with no values is invalid and matches nothing",
      selector: .init(matchExpressions: [.init(key: "app", operator: "In")]), labels: web,
      matches: false),
    Case(
      name: "Exists with values is invalid",
      selector: .init(matchExpressions: [.init(key: "app", operator: "Exists", values: ["web"])]),
      labels: web, matches: false),
    Case(
      name: "unknown operator is invalid",
      selector: .init(matchExpressions: [.init(key: "app", operator: "Equals", values: ["web"])]),
      labels: web, matches: false),
    Case(
      name: "operator is case-sensitive",
      selector: .init(matchExpressions: [.init(key: "app", operator: "in", values: ["web"])]),
      labels: web, matches: false),
  ]

  @Test("matching", arguments: cases)
  func matching(_ c: Case) {
    #expect(c.selector.matches(c.labels) == c.matches)
  }

  @Test("invalid selectors report why")
  func validation() {
    let bad = LabelSelector(matchExpressions: [.init(key: "app", operator: "NotIn")])
    #expect(bad.validationError?.contains("NotIn") == true)
    #expect(LabelSelector(matchLabels: ["a": "b"]).validationError == nil)
  }

  @Test("kubectl-style description")
  func description() {
    let selector = LabelSelector(
      matchLabels: ["b": "2", "a": "1"],
      matchExpressions: [
        .init(key: "tier", operator: "In", values: ["x", "y"]),
        .init(key: "legacy", operator: "DoesNotExist"),
      ])
    #expect(selector.description == "a=1,b=2,tier in (x,y),!legacy")
    #expect(LabelSelector.everything.description == "{}")
    #expect(selector.referencedKeys == ["a", "b", "tier", "legacy"])
  }

  @Test("YAML selectors: empty mapping vs absent, unquoted values")
  func decoding() throws {
    let snapshot = try SnapshotLoader().load(path: FixturePath.of("formats/kubectl-list.yaml"))
    let policies = Dictionary(
      uniqueKeysWithValues: snapshot.networkPolicies.map { ($0.metadata.name, $0) })
    let deny = try #require(policies["default-deny"])
    #expect(deny.spec.podSelector.isEmpty)
    #expect(deny.spec.ingress == nil)
    let web = try #require(policies["allow-web"])
    let peer = try #require(web.spec.ingress?.first?.peers?.first)
    #expect(peer.namespaceSelector?.matchLabels == ["kubernetes.io/metadata.name": "ingress"])
    #expect(peer.podSelector?.matches(["app": "nginx"]) == true)
    #expect(peer.ipBlock == nil)
    #expect(snapshot.namespace(named: "billing")?.labels["tier"] == "2")
  }
}

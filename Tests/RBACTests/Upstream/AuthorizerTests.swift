import KubeModel
import RBAC
import Testing

/// Upstream facts 1–26 (rbac_test.go) and 63–66 (the rule resolver).
@Suite("Authorizer (upstream facts 1–26, 63–66)")
struct AuthorizerTests {
  typealias B = RBACBuilders

  /// Setup A: `{*;*;*}` bound by a RoleBinding in ns1 to User admin and Group admins.
  static let setupA = RBACPolicy(
    roles: [], clusterRoles: [B.clusterRole("admin", [B.rule(["*"], ["*"], ["*"])])],
    bindings: [B.binding("admin", "ns1", role: "admin", ["User:admin", "Group:admins"])])

  /// Setup B: non-resource URL grants through ClusterRoleBindings.
  static let setupB = RBACPolicy(
    roles: [],
    clusterRoles: [
      B.clusterRole("get-apis", [B.rule(["get"], urls: ["/apis"])]),
      B.clusterRole("all-apis", [B.rule(["*"], urls: ["/apis"])]),
      B.clusterRole("prefixed", [B.rule(["get"], urls: ["/apis/*"])]),
    ],
    bindings: [
      B.clusterBinding("get-apis", role: "get-apis", ["User:foo", "Group:bar"]),
      B.clusterBinding("all-apis", role: "all-apis", ["User:admin"]),
      B.clusterBinding("prefixed", role: "prefixed", ["User:prefixed"]),
    ])

  struct Case: Sendable, CustomTestStringConvertible {
    var fact: String
    var user: RequestUser
    var request: AccessRequest
    var allowed: Bool
    var testDescription: String { "\(fact): \(user.name)\(user.groups) \(request) → \(allowed)" }
  }

  static func res(_ verb: String, _ resource: String, _ ns: String) -> AccessRequest {
    AccessRequest(verb: verb, combinedResource: resource, namespace: ns)
  }

  static let casesA: [Case] = [
    Case(fact: "1", user: .init(name: "admin"), request: res("get", "pods", "ns1"), allowed: true),
    Case(
      fact: "2", user: .init(name: "admin"), request: res("watch", "pods", "ns1"), allowed: true),
    Case(
      fact: "3", user: .init(name: "admin", groups: ["group1"]),
      request: res("watch", "foobar", "ns1"), allowed: true),
    Case(
      fact: "4", user: .init(name: "joe", groups: ["admins"]),
      request: res("watch", "foobar", "ns1"), allowed: true),
    Case(
      fact: "5", user: .init(name: "joe", groups: ["group1", "admins"]),
      request: res("watch", "foobar", "ns1"), allowed: true),
    Case(fact: "6", user: .init(name: "admin"), request: res("get", "pods", "ns2"), allowed: false),
    Case(
      fact: "7", user: .init(name: "admin", groups: ["admins"]), request: res("get", "pods", "ns2"),
      allowed: false),
    Case(fact: "8", user: .init(name: "admin"), request: res("get", "nodes", ""), allowed: false),
    Case(
      fact: "9", user: .init(name: "admin", groups: ["admins"]), request: res("get", "nodes", ""),
      allowed: false),
  ]

  static let casesB: [Case] = [
    Case(
      fact: "10", user: .init(name: "foo"), request: .init(verb: "get", path: "/apis"),
      allowed: true),
    Case(
      fact: "11", user: .init(name: "baz", groups: ["bar"]),
      request: .init(verb: "get", path: "/apis"), allowed: true),
    Case(
      fact: "12", user: .init(name: "admin"), request: .init(verb: "get", path: "/apis"),
      allowed: true),
    Case(
      fact: "13", user: .init(name: "admin"), request: .init(verb: "watch", path: "/apis"),
      allowed: true),
    Case(
      fact: "14", user: .init(name: "prefixed"), request: .init(verb: "get", path: "/apis/v1"),
      allowed: true),
    Case(
      fact: "15", user: .init(name: "prefixed"),
      request: .init(verb: "get", path: "/apis/v1/foobar"), allowed: true),
    Case(
      fact: "16", user: .init(name: "foo"), request: .init(verb: "watch", path: "/apis"),
      allowed: false),
    Case(
      fact: "17", user: .init(name: "foo"), request: .init(verb: "get", path: "/api/v1"),
      allowed: false),
    Case(
      fact: "18", user: .init(name: "admin"), request: .init(verb: "get", path: "/api/v1"),
      allowed: false),
    Case(
      fact: "19", user: .init(name: "prefixed"), request: .init(verb: "get", path: "/api/v1"),
      allowed: false),
  ]

  @Test("setup A: a RoleBinding grants only in its namespace", arguments: casesA)
  func setupAFacts(_ c: Case) {
    #expect(Self.setupA.authorize(c.user, c.request).allowed == c.allowed)
  }

  @Test("setup B: non-resource URLs", arguments: casesB)
  func setupBFacts(_ c: Case) {
    #expect(Self.setupB.authorize(c.user, c.request).allowed == c.allowed)
  }

  static let subresourcePolicy = RBACPolicy(
    roles: [],
    clusterRoles: [
      B.clusterRole("pods", [B.rule(["*"], ["*"], ["pods"])]),
      B.clusterRole(
        "sub", [B.rule(["*"], ["*"], ["pods/status"]), B.rule(["*"], ["*"], ["*/scale"])]),
    ],
    bindings: [
      B.clusterBinding("pods", role: "pods", ["User:podder"]),
      B.clusterBinding("sub", role: "sub", ["User:subber"]),
    ])

  @Test(
    "facts 20–26: pods does not cover pods/status; */scale covers any scale",
    arguments: [
      ("20", "podder", "pods", true), ("21", "podder", "pods/status", false),
      ("22", "subber", "pods/status", true), ("23", "subber", "pods/scale", true),
      ("24", "subber", "deployments/scale", true), ("25", "subber", "anything/scale", true),
      ("26", "subber", "pods", false),
    ])
  func subresources(_ fact: String, _ user: String, _ resource: String, _ allowed: Bool) {
    let decision = Self.subresourcePolicy.authorize(
      RequestUser(name: user), Self.res("get", resource, "ns1"))
    #expect(decision.allowed == allowed, "fact \(fact)")
  }

  @Test("system:masters is allowed everything without any binding")
  func masters() {
    let decision = Self.setupA.authorize(
      RequestUser(name: "x", groups: ["system:masters"]), Self.res("delete", "nodes", ""))
    #expect(decision.allowed)
    #expect(decision.grant == nil)
  }

  @Test("an allow names the binding, role and rule")
  func allowNamesGrant() throws {
    let decision = Self.setupA.authorize(RequestUser(name: "admin"), Self.res("get", "pods", "ns1"))
    let grant = try #require(decision.grant)
    #expect(grant.binding.description == "RoleBinding/ns1/admin")
    #expect(grant.role.description == "ClusterRole/admin")
    #expect(decision.reason == "RBAC: allowed by RoleBinding/ns1/admin")
  }

  /// Resolver setup: Role readthings in namespace1 → foobar, group1; cluster-admin → admin.
  static let resolver = RBACPolicy(
    roles: [
      B.role(
        "readthings", "namespace1",
        [B.rule(["get", "list"], [""], ["pods"]), B.rule(["watch"], [""], ["services"])])
    ],
    clusterRoles: [B.clusterRole("cluster-admin", [B.rule(["*"], ["*"], ["*"])])],
    bindings: [
      B.binding(
        "readthings", "namespace1", roleKind: "Role", role: "readthings",
        ["User:foobar", "Group:group1"]),
      B.clusterBinding("cluster-admin", role: "cluster-admin", ["User:admin", "Group:admin"]),
    ])

  @Test("facts 63–66: the rules a user gets per namespace")
  func resolverFacts() {
    let readthings = [
      B.rule(["get", "list"], [""], ["pods"]), B.rule(["watch"], [""], ["services"]),
    ]
    #expect(
      Self.resolver.rules(for: RequestUser(name: "foobar"), namespace: "namespace1") == readthings)
    #expect(Self.resolver.rules(for: RequestUser(name: "foobar"), namespace: "namespace2").isEmpty)
    #expect(
      Self.resolver.rules(for: RequestUser(name: "foobar", groups: ["admin"]), namespace: "")
        == [B.rule(["*"], ["*"], ["*"])])
    #expect(Self.resolver.rules(for: RequestUser(name: ""), namespace: "namespace1").isEmpty)
  }

  @Test("effective permissions regroup by binding, with ineffective RoleBinding rules apart")
  func bindingTree() throws {
    let policy = RBACPolicy(
      roles: [],
      clusterRoles: [
        B.clusterRole("mixed", [B.rule(["get"], [""], ["pods"]), B.rule(["get"], [""], ["nodes"])])
      ],
      bindings: [
        B.binding("mixed", "ns1", role: "mixed", ["Group:devs"]),
        B.clusterBinding("reader", role: "mixed", ["User:alice"]),
      ],
      membership: try GroupMembership.parse("alice: [devs]"))
    let tree = policy.permissions(for: .user("alice")).bindingTree
    #expect(
      tree.map(\.binding.description) == ["ClusterRoleBinding/reader", "RoleBinding/ns1/mixed"])
    #expect(tree[0].rules.count == 2)
    #expect(tree[1].via == .group("devs"))
    #expect(tree[1].rules == [B.rule(["get"], [""], ["pods"])])
    #expect(tree[1].ineffectiveRules == [B.rule(["get"], [""], ["nodes"])])
  }
}

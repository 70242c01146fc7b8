import KubeModel
import RBAC
import Testing

/// Upstream facts 67–72 (subject_locator_test.go): who-can order and content.
@Suite("Who can (upstream facts 67–72)")
struct WhoCanTests {
  typealias B = RBACBuilders

  static let base = RBACPolicy(
    roles: [], clusterRoles: [B.clusterRole("admin", [B.rule(["*"], ["*"], ["*"])])],
    bindings: [
      B.clusterBinding("admin", role: "admin", ["User:super-admin", "Group:super-admins"]),
      B.binding("admin", "ns1", role: "admin", ["User:admin", "Group:admins"]),
    ])

  static let withLocalRole = RBACPolicy(
    roles: [B.role("admin", "ns1", [B.rule(["get"], ["*"], ["pods"])])],
    clusterRoles: [B.clusterRole("admin", [B.rule(["*"], ["*"], ["*"])])],
    bindings: [
      B.clusterBinding("a-foo", role: "admin", ["User:foo"]),
      B.clusterBinding("admin", role: "admin", ["User:super-admin", "Group:super-admins"]),
      B.binding("admin", "ns1", roleKind: "Role", role: "admin", ["User:admin", "Group:admins"]),
    ])

  static func names(_ result: WhoCanResult) -> [String] {
    result.subjects.map { "\($0.identity.kind.rawValue):\($0.identity.name)" }
  }

  static let masters = "Group:system:masters"

  @Test("67: get pods in ns1, in upstream order")
  func fact67() {
    let result = Self.base.whoCan(AccessRequest(verb: "get", resource: "pods", namespace: "ns1"))
    #expect(
      Self.names(result) == [
        Self.masters, "User:super-admin", "Group:super-admins", "User:admin", "Group:admins",
      ])
  }

  @Test(
    "68–69: verb * with namespace * or empty reaches only cluster bindings", arguments: ["*", ""])
  func facts68and69(_ namespace: String) {
    let result = Self.base.whoCan(AccessRequest(verb: "*", resource: "pods", namespace: namespace))
    #expect(Self.names(result) == [Self.masters, "User:super-admin", "Group:super-admins"])
  }

  @Test("70: a local Role adds its subjects after the cluster ones")
  func fact70() {
    let result = Self.withLocalRole.whoCan(
      AccessRequest(verb: "get", resource: "pods", namespace: "ns1"))
    #expect(
      Self.names(result) == [
        Self.masters, "User:foo", "User:super-admin", "Group:super-admins", "User:admin",
        "Group:admins",
      ])
  }

  @Test(
    "71–72: create pods in ns1 or get pods in ns2 exclude the local subjects",
    arguments: [
      AccessRequest(verb: "create", resource: "pods", namespace: "ns1"),
      AccessRequest(verb: "get", resource: "pods", namespace: "ns2"),
    ])
  func facts71and72(_ request: AccessRequest) {
    let result = Self.withLocalRole.whoCan(request)
    #expect(
      Self.names(result) == [Self.masters, "User:foo", "User:super-admin", "Group:super-admins"])
  }

  @Test("each subject appears once, with one via entry per granting binding")
  func uniqueSubjects() throws {
    let policy = RBACPolicy(
      roles: [], clusterRoles: [B.clusterRole("view", [B.rule(["get"], [""], ["pods"])])],
      bindings: [
        B.clusterBinding("one", role: "view", ["User:alice"]),
        B.clusterBinding("two", role: "view", ["User:alice"]),
      ])
    let result = policy.whoCan(AccessRequest(verb: "get", resource: "pods", namespace: "x"))
    let alice = try #require(result.subjects.first { $0.identity == .user("alice") })
    #expect(result.subjects.count == 2)
    #expect(
      alice.via.map(\.binding.description) == ["ClusterRoleBinding/one", "ClusterRoleBinding/two"])
  }

  @Test("a RoleBinding listing nodes grants nothing: the request is asked cluster-wide")
  func clusterScopedInNamespace() {
    let policy = RBACPolicy(
      roles: [], clusterRoles: [B.clusterRole("nodes", [B.rule(["get"], [""], ["nodes"])])],
      bindings: [B.binding("nodes", "ns1", role: "nodes", ["User:bob"])])
    let result = policy.whoCan(AccessRequest(verb: "get", resource: "nodes", namespace: "ns1"))
    #expect(Self.names(result) == [Self.masters])
    #expect(result.note != nil)
  }

  @Test("a RoleBinding granting patch namespaces applies to its own Namespace object")
  func namespaceObject() {
    let policy = RBACPolicy(
      roles: [],
      clusterRoles: [B.clusterRole("ns-patch", [B.rule(["patch"], [""], ["namespaces"])])],
      bindings: [B.binding("p", "foo", role: "ns-patch", ["User:bob"])])
    let result = policy.whoCan(
      AccessRequest(verb: "patch", resource: "namespaces", name: "foo", namespace: "foo"))
    #expect(Self.names(result) == [Self.masters, "User:bob"])
  }

  @Test("bindings to missing roles are reported as unresolved, not as grants")
  func missingRole() {
    let policy = RBACPolicy(
      roles: [], clusterRoles: [],
      bindings: [B.clusterBinding("mallory", role: "does-not-exist", ["User:mallory"])])
    let result = policy.whoCan(AccessRequest(verb: "get", resource: "pods", namespace: "x"))
    #expect(Self.names(result) == [Self.masters])
    #expect(result.unresolved.map(\.key.description) == ["ClusterRoleBinding/mallory"])
  }
}

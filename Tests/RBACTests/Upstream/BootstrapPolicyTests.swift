import KubeModel
import RBAC
import Testing

/// Facts 95–97: the default bindings of a bootstrap policy and what they mean.
@Suite("Bootstrap policy (facts 95–97)")
struct BootstrapPolicyTests {
  static let snapshot = try! RBACBuilders.snapshot("bootstrap.yaml")
  static let policy = RBACPolicy(snapshot: snapshot)
  static let admins = EffectiveAdmins(policy: policy, snapshot: snapshot)

  @Test("95: system:masters is the only subject of cluster-admin and is listed first, direct")
  func masters() throws {
    let who = Self.policy.whoCan(AccessRequest(verb: "delete", resource: "nodes"))
    #expect(who.subjects.map(\.identity) == [.group("system:masters")])
    #expect(who.subjects[0].via.map(\.binding.description) == ["ClusterRoleBinding/cluster-admin"])
    #expect(Self.admins.admins.first?.identity == .group("system:masters"))
  }

  @Test(
    "96: the clusterrole-aggregation-controller can escalate its own role: admin, as a controller")
  func aggregationController() throws {
    let entry = try #require(
      Self.admins.entry(
        for: .serviceAccount("clusterrole-aggregation-controller", namespace: "kube-system")))
    #expect(entry.how == .escalation)
    #expect(entry.paths.first?.steps.first?.catalogue == "P8")
    #expect(entry.category == .systemAndControllers)
  }

  @Test("97: discovery defaults for system:authenticated and unauthenticated are harmless")
  func harmlessDefaults() {
    #expect(Self.admins.entry(for: .group("system:authenticated")) == nil)
    #expect(Self.admins.entry(for: .user("system:anonymous")) == nil)
    let findings = RBACFindings.findings(policy: Self.policy, admins: Self.admins)
    #expect(
      !findings.contains {
        $0.rule == RBACRules.authenticatedGrant.id || $0.rule == RBACRules.anonymousGrant.id
      })
    #expect(!findings.contains { $0.rule == RBACRules.wildcardGrant.id })
  }
}

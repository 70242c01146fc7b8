import KubeModel
import RBAC
import Testing

/// The RBAC findings (domain `rbac`) on small snapshots.
@Suite("RBAC findings")
struct RBACFindingsTests {
  static let yaml = """
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata: {name: cluster-admin, labels: {kubernetes.io/bootstrapping: rbac-defaults}}
    rules:
    - {apiGroups: ["*"], resources: ["*"], verbs: ["*"]}
    ---
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRoleBinding
    metadata: {name: cluster-admin, labels: {kubernetes.io/bootstrapping: rbac-defaults}}
    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
    subjects: [{kind: Group, name: system:masters}]
    ---
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRoleBinding
    metadata: {name: ci}
    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
    subjects: [{kind: ServiceAccount, name: deployer, namespace: ci}]
    ---
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata: {name: risky}
    rules:
    - {apiGroups: [""], resources: [secrets], verbs: [list]}
    - {apiGroups: [rbac.authorization.k8s.io], resources: [clusterroles], verbs: [bind, escalate]}
    - {apiGroups: [""], resources: [pods], verbs: [create], resourceNames: [x]}
    ---
    apiVersion: rbac.authorization.k8s.io/v1
    kind: RoleBinding
    metadata: {name: risky, namespace: web}
    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: risky}
    subjects: [{kind: ServiceAccount, name: default}]
    ---
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRoleBinding
    metadata: {name: everyone}
    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: risky}
    subjects: [{kind: Group, name: system:authenticated}, {kind: Group, name: system:unauthenticated}]
    ---
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRoleBinding
    metadata: {name: discovery}
    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: system:discovery}
    subjects: [{kind: Group, name: system:authenticated}]
    ---
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata: {name: system:discovery}
    rules:
    - {nonResourceURLs: [/api, /apis], verbs: [get]}
    ---
    apiVersion: rbac.authorization.k8s.io/v1
    kind: RoleBinding
    metadata: {name: nodes, namespace: web}
    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: node-reader}
    subjects: [{kind: User, name: nils}]
    ---
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata: {name: node-reader}
    rules:
    - {apiGroups: [""], resources: [nodes], verbs: [get]}
    ---
    apiVersion: v1
    kind: Secret
    type: kubernetes.io/service-account-token
    metadata:
      name: deployer-token
      namespace: ci
      annotations: {kubernetes.io/service-account.name: deployer}
    ---
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRoleBinding
    metadata: {name: mallory}
    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: gone}
    subjects: [{kind: User, name: mallory}]
    """

  static let findings: [Finding] = {
    let snapshot = try! SnapshotLoader().load(text: yaml)
    return RBACFindings.findings(for: snapshot)
  }()

  static func targets(_ rule: Rule) -> [String] {
    findings.filter { $0.rule == rule.id }.map(\.target.description)
  }

  @Test(
    "each rule flags exactly the expected targets",
    arguments: [
      (RBACRules.effectiveClusterAdmin, ["ServiceAccount/ci/deployer"]),
      (RBACRules.wildcardGrant, ["ClusterRoleBinding/ci"]),
      (RBACRules.escalationVerbs, ["ClusterRoleBinding/everyone", "RoleBinding/web/risky"]),
      (RBACRules.secretReaders, ["ClusterRoleBinding/everyone", "RoleBinding/web/risky"]),
      (RBACRules.danglingBinding, ["ClusterRoleBinding/mallory"]),
      (RBACRules.anonymousGrant, ["ClusterRoleBinding/everyone"]),
      (RBACRules.authenticatedGrant, ["ClusterRoleBinding/everyone"]),
      (RBACRules.defaultServiceAccountBound, ["RoleBinding/web/risky"]),
      (RBACRules.ineffectiveNamespaceGrant, ["RoleBinding/web/nodes"]),
      (RBACRules.invalidRule, ["ClusterRole/risky"]),
    ])
  func flags(_ rule: Rule, _ expected: [String]) {
    #expect(Self.targets(rule) == expected)
  }

  @Test("listing secrets as system:authenticated reaches the CI token: users escalate")
  func escalationFindings() {
    let escalated = Self.targets(RBACRules.escalationToClusterAdmin)
    #expect(escalated == ["User/mallory", "User/nils", "ServiceAccount/web/default"])
  }

  @Test("every finding carries domain rbac and a rule of the catalogue")
  func domainAndCatalogue() {
    let ids = Set(RBACRules.all.map(\.id))
    #expect(Self.findings.allSatisfy { $0.domain == .rbac && ids.contains($0.rule) })
    #expect(RBACRules.all.count == ids.count)
  }
}

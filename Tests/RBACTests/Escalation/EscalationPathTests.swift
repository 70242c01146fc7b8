import KubeModel
import RBAC
import Testing

/// One fixture per escalation path of the spec's catalogue (P1–P17), with the expected admin
/// verdict and the catalogue entries of the deciding path, plus negatives.
@Suite("Escalation paths (P1–P17)")
struct EscalationPathTests {
  enum Verdict: Sendable, Equatable {
    case admin(AdminHow, [String])
    case namespaceAdmin([String])
    case notAdmin
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var files: [String]
    var identity: Identity
    var verdict: Verdict
    var groups: String = ""
    var testDescription: String { "\(files.last!) \(identity) → \(verdict)" }
  }

  static let common = "escalation/common-admin-sa.yaml"
  static func files(_ name: String, common: Bool = true) -> [String] {
    (common ? [Self.common] : []) + ["escalation/\(name).yaml"]
  }

  static let cases: [Case] = [
    Case(
      files: files("p01-wildcard", common: false), identity: .user("alice"),
      verdict: .admin(.direct, ["P1"])),
    Case(
      files: files("p02-masters", common: false), identity: .user("bob"),
      verdict: .admin(.direct, ["P2"]), groups: "bob: [system:masters]\n"),
    Case(
      files: files("p03-secrets"), identity: .user("carol"),
      verdict: .admin(.escalation, ["P3", "P1"])),
    Case(
      files: files("p03-secrets"), identity: .user("dan"),
      verdict: .admin(.escalation, ["P3", "P1"])),
    Case(files: files("p03-secrets"), identity: .user("erin"), verdict: .notAdmin),
    Case(
      files: files("p04-workloads"), identity: .user("bob"),
      verdict: .admin(.escalation, ["P4", "P1"])),
    Case(
      files: files("p04-multihop", common: false), identity: .user("alice"),
      verdict: .admin(.escalation, ["P4", "P9"])),
    Case(
      files: files("p05-exec"), identity: .user("frank"),
      verdict: .admin(.escalation, ["P5", "P1"])),
    Case(
      files: files("p06-persistent-volume", common: false), identity: .user("gina"),
      verdict: .admin(.escalation, ["P6"])),
    Case(
      files: files("p06-persistent-volume", common: false), identity: .user("hank"),
      verdict: .notAdmin),
    Case(
      files: files("p07-nodes-proxy"), identity: .group("monitoring"),
      verdict: .admin(.escalation, ["P7", "P1"])),
    Case(
      files: files("p08-escalate", common: false),
      identity: .serviceAccount("escalator-sa", namespace: "tools"),
      verdict: .admin(.escalation, ["P8"])),
    Case(
      files: files("p08-escalate", common: false),
      identity: .serviceAccount("ns-escalator", namespace: "sandbox"),
      verdict: .namespaceAdmin(["sandbox"])),
    Case(
      files: files("p09-bind", common: false), identity: .user("dave"),
      verdict: .admin(.escalation, ["P9"])),
    Case(files: files("p09-bind", common: false), identity: .user("carol"), verdict: .notAdmin),
    Case(
      files: files("p10-impersonate"), identity: .user("frank"),
      verdict: .admin(.escalation, ["P10", "P1"])),
    Case(
      files: files("p10-impersonate"), identity: .user("ivy"), verdict: .admin(.escalation, ["P10"])
    ),
    Case(files: files("p10-impersonate"), identity: .user("otto"), verdict: .notAdmin),
    Case(
      files: files("p11-csr", common: false), identity: .user("grace"),
      verdict: .admin(.escalation, ["P11"])),
    Case(files: files("p11-csr", common: false), identity: .user("kurt"), verdict: .notAdmin),
    Case(
      files: files("p12-token-request"), identity: .user("erin"),
      verdict: .admin(.escalation, ["P12", "P1"])),
    Case(
      files: files("p13-token-secret"), identity: .user("lena"),
      verdict: .admin(.escalation, ["P13", "P1"])),
    Case(
      files: files("p14-webhooks", common: false), identity: .user("heidi"),
      verdict: .admin(.escalation, ["P14"])),
    Case(
      files: files("p15-relabel", common: false), identity: .user("kim"),
      verdict: .admin(.escalation, ["P4"])),
    Case(files: files("p15-relabel", common: false), identity: .user("lee"), verdict: .notAdmin),
    Case(
      files: files("p16-aws-auth", common: false), identity: .user("mia"),
      verdict: .admin(.escalation, ["P16"])),
    Case(files: files("p16-aws-auth", common: false), identity: .user("noah"), verdict: .notAdmin),
    Case(files: files("p17-steal-pods"), identity: .user("pete"), verdict: .notAdmin),
    Case(
      files: [common, "escalation/p03-secrets.yaml", "escalation/negatives.yaml"],
      identity: .user("ivan"), verdict: .notAdmin),
    Case(files: files("negatives"), identity: .user("tina"), verdict: .namespaceAdmin(["team"])),
    Case(files: files("negatives"), identity: .user("victor"), verdict: .notAdmin),
    Case(files: files("negatives"), identity: .user("mallory"), verdict: .notAdmin),
    Case(files: files("negatives"), identity: .user("nils"), verdict: .notAdmin),
    Case(
      files: files("aggregation", common: false), identity: .user("judy"),
      verdict: .admin(.direct, ["P1"])),
    Case(
      files: files("group-serviceaccounts"), identity: .serviceAccount("builder", namespace: "ci"),
      verdict: .admin(.direct, ["P1"])),
    Case(
      files: files("edit-in-kube-system"), identity: .group("ops-team"),
      verdict: .admin(.escalation, ["P4", "P1"])),
  ]

  static func analyse(_ c: Case) throws -> EffectiveAdmins {
    let snapshot = try SnapshotLoader().load(
      paths: c.files.map { RBACBuilders.fixtures.appendingPathComponent($0).path })
    let membership = c.groups.isEmpty ? GroupMembership.empty : try GroupMembership.parse(c.groups)
    return EffectiveAdmins(
      policy: RBACPolicy(snapshot: snapshot, membership: membership), snapshot: snapshot)
  }

  @Test("verdict and path per fixture", arguments: cases)
  func verdict(_ c: Case) throws {
    let result = try Self.analyse(c)
    let entry = result.entry(for: c.identity)
    let namespaces = result.namespaceAdmins.first { $0.identity == c.identity }?.namespaces
    switch c.verdict {
    case .admin(let how, let catalogue):
      let admin = try #require(entry, "expected \(c.identity) to be cluster-admin")
      #expect(admin.how == how)
      let path = try #require(admin.paths.first)
      #expect(path.steps.compactMap(\.catalogue) == catalogue, "\(path.summary)")
      #expect(path.steps.first?.from == c.identity.description)
      #expect(admin.pathCount >= 1)
    case .namespaceAdmin(let expected):
      #expect(entry == nil, "\(entry?.paths.first?.summary ?? "")")
      #expect(namespaces == expected)
    case .notAdmin:
      #expect(entry == nil, "\(entry?.paths.first?.summary ?? "")")
      #expect(namespaces == nil)
    }
  }

  @Test("system:masters is always listed first, even without bindings")
  func mastersAlwaysFirst() throws {
    let result = try Self.analyse(
      Case(files: Self.files("p09-bind", common: false), identity: .user("x"), verdict: .notAdmin))
    #expect(result.admins.first?.identity == .group("system:masters"))
    #expect(result.admins.first?.how == .direct)
    #expect(result.admins.first?.category == .systemAndControllers)
  }

  @Test("the multi-hop chain names every step, binding and role")
  func multiHopChain() throws {
    let result = try Self.analyse(Self.cases[6])
    let path = try #require(result.entry(for: .user("alice"))?.paths.first)
    #expect(
      path.steps.map(\.text) == [
        "User alice can create pods in team (RoleBinding/team/alice → Role/team/pod-creator)",
        "acts as ServiceAccount team/binder",
        "ServiceAccount team/binder can bind ClusterRole/cluster-admin to itself with a new ClusterRoleBinding (ClusterRoleBinding/binder → ClusterRole/admin-binder)",
      ])
    #expect(path.steps[0].binding?.description == "RoleBinding/team/alice")
    #expect(path.steps[0].rule?.resources == ["pods"])
  }

  @Test("a ServiceAccount admin through a group is listed itself, with the group step")
  func groupStep() throws {
    let c = Case(
      files: Self.files("group-serviceaccounts"),
      identity: .serviceAccount("builder", namespace: "ci"),
      verdict: .notAdmin)
    let entry = try #require(try Self.analyse(c).entry(for: c.identity))
    #expect(
      entry.paths.first?.steps.first?.text
        == "ServiceAccount ci/builder is a member of Group system:serviceaccounts")
    #expect(entry.category == .serviceAccounts)
  }

  @Test("a */*/* holder without nonResourceURLs is direct, with the missing URL coverage noted")
  func urlCoverage() throws {
    let result = try Self.analyse(Self.cases[0])
    #expect(result.entry(for: .user("alice"))?.coversNonResourceURLs == false)
  }

  @Test("the latent grant of a binding to a missing role is reported")
  func latent() throws {
    let result = try Self.analyse(
      Case(files: Self.files("negatives"), identity: .user("x"), verdict: .notAdmin))
    #expect(result.latentBindings.map(\.key.description) == ["ClusterRoleBinding/mallory"])
  }

  @Test("P17 pod stealing is reported as a finding, not as an admin path")
  func podStealing() throws {
    let snapshot = try SnapshotLoader().load(
      paths: [RBACBuilders.fixtures.appendingPathComponent("escalation/p17-steal-pods.yaml").path])
    let findings = RBACFindings.findings(for: snapshot)
    #expect(
      findings.filter { $0.rule == RBACRules.podStealing.id }.map(\.target.description) == [
        "ClusterRoleBinding/pete"
      ])
  }

  @Test("without the pod-creation assumption, relabelling no longer reaches the node")
  func assumptionSwitch() throws {
    let snapshot = try SnapshotLoader().load(
      paths: [RBACBuilders.fixtures.appendingPathComponent("escalation/p15-relabel.yaml").path])
    let result = EffectiveAdmins(
      policy: RBACPolicy(snapshot: snapshot), snapshot: snapshot,
      assumptions: EscalationAssumptions(podCreationCompromisesNodes: false))
    #expect(result.entry(for: .user("kim")) == nil)
  }
}

/// Which ServiceAccounts pod creators can pick.
@Suite("ServiceAccounts a pod can run as")
struct PodServiceAccountTests {
  static let yaml = """
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata: {name: cluster-admin}
    rules:
    - {apiGroups: ["*"], resources: ["*"], verbs: ["*"]}
    ---
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRoleBinding
    metadata: {name: ci}
    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}
    subjects: [{kind: ServiceAccount, name: deployer, namespace: ci}]
    ---
    apiVersion: v1
    kind: Namespace
    metadata: {name: ci, labels: {pod-security.kubernetes.io/enforce: restricted}}
    ---
    apiVersion: rbac.authorization.k8s.io/v1
    kind: RoleBinding
    metadata: {name: devs, namespace: ci}
    roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: pods}
    subjects: [{kind: Group, name: devs}]
    ---
    apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata: {name: pods}
    rules:
    - {apiGroups: [""], resources: [pods], verbs: [create]}
    """

  @Test(
    "a ServiceAccount only named by a binding counts unless ServiceAccounts were listed completely",
    arguments: [(false, true), (true, false)])
  func boundAccounts(_ listed: Bool, _ devsAdmin: Bool) throws {
    let loaded = try SnapshotLoader().load(text: Self.yaml)
    let record = ListRecord(
      group: "", version: "v1", resource: "serviceaccounts", status: .complete)
    let snapshot = Snapshot(
      objects: loaded.roles.map(KubeObject.role) + loaded.clusterRoles.map(KubeObject.clusterRole)
        + loaded.bindings.map(KubeObject.binding) + loaded.namespaces.map(KubeObject.namespace),
      lists: listed ? [record] : [])
    let result = EffectiveAdmins(policy: RBACPolicy(snapshot: snapshot), snapshot: snapshot)
    #expect((result.entry(for: .group("devs")) != nil) == devsAdmin)
  }
}

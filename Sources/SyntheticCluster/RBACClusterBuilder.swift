import KubeModel

/// Builds the objects of an ``RBACClusterShape`` (one pass per kind, deterministic).
struct RBACClusterBuilder {
  let shape: RBACClusterShape
  var rng: SeededGenerator
  var out: [KubeObject] = []
  var accounts: [[String]] = []
  var localRoles: [[String]] = []
  var clusterRoleNames: [String] = []

  static let rbacGroup = "rbac.authorization.k8s.io"

  init(shape: RBACClusterShape, rng: SeededGenerator) {
    self.shape = shape
    self.rng = rng
  }

  func namespace(_ i: Int) -> String { i == 0 ? "kube-system" : String(format: "tenant-%04d", i) }

  mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &rng)] }

  mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &rng) < percent }

  mutating func build() -> [KubeObject] {
    buildNamespaces()
    buildClusterRoles()
    buildRoles()
    buildBindings()
    buildWorkloadObjects()
    return out
  }

  private mutating func buildNamespaces() {
    let count = max(2, shape.namespaces)
    for i in 0..<count {
      var labels: [String: String] = [:]
      let roll = Int.random(in: 0..<10, using: &rng)
      if i == 0 || roll < 7 {
        labels["pod-security.kubernetes.io/enforce"] = "restricted"
      } else if roll < 9 {
        labels["pod-security.kubernetes.io/enforce"] = "baseline"
      }
      out.append(.namespace(Namespace(metadata: ObjectMeta(name: namespace(i), labels: labels))))
    }
    accounts = Array(repeating: [], count: count)
    for i in 0..<shape.serviceAccounts {
      let ns = i % count
      let name = accounts[ns].isEmpty ? "default" : "sa-\(i)"
      accounts[ns].append(name)
      out.append(
        .serviceAccount(ServiceAccount(metadata: ObjectMeta(name: name, namespace: namespace(ns)))))
    }
  }

  private static func rule(
    _ verbs: [String], _ groups: [String], _ resources: [String], names: [String] = []
  ) -> PolicyRule {
    PolicyRule(verbs: verbs, apiGroups: groups, resources: resources, resourceNames: names)
  }

  private static let read = ["get", "list", "watch"]
  private static let write = ["create", "update", "patch", "delete"]

  private mutating func addClusterRole(
    _ name: String, labels: [String: String] = [:], _ rules: [PolicyRule], aggregate: String? = nil
  ) {
    let aggregation = aggregate.map {
      ClusterRole.AggregationRule(clusterRoleSelectors: [
        LabelSelector(matchLabels: ["rbac.authorization.k8s.io/aggregate-to-\($0)": "true"])
      ])
    }
    out.append(
      .clusterRole(
        ClusterRole(
          metadata: ObjectMeta(name: name, labels: labels), rules: rules,
          aggregationRule: aggregation)))
    clusterRoleNames.append(name)
  }

  private mutating func buildClusterRoles() {
    typealias B = RBACClusterBuilder
    addClusterRole(
      "cluster-admin",
      [B.rule(["*"], ["*"], ["*"]), PolicyRule(verbs: ["*"], nonResourceURLs: ["*"])])
    for (name, parent) in [("admin", nil), ("edit", "admin"), ("view", "edit")]
      as [(String, String?)]
    {
      let labels = parent.map { ["rbac.authorization.k8s.io/aggregate-to-\($0)": "true"] } ?? [:]
      addClusterRole(name, labels: labels, [], aggregate: name)
    }
    addClusterRole(
      "system:aggregate-to-view", labels: ["rbac.authorization.k8s.io/aggregate-to-view": "true"],
      [
        B.rule(
          B.read, ["", "apps", "batch"], ["pods", "services", "configmaps", "deployments", "jobs"])
      ])
    addClusterRole(
      "system:aggregate-to-edit", labels: ["rbac.authorization.k8s.io/aggregate-to-edit": "true"],
      [
        B.rule(
          B.write + B.read, ["", "apps", "batch"],
          ["pods", "secrets", "deployments", "jobs", "configmaps"]),
        B.rule(["create"], [""], ["pods/exec", "pods/attach"]),
        B.rule(["impersonate"], [""], ["serviceaccounts"]),
      ])
    addClusterRole(
      "system:aggregate-to-admin", labels: ["rbac.authorization.k8s.io/aggregate-to-admin": "true"],
      [B.rule(B.write + B.read, [B.rbacGroup], ["roles", "rolebindings"])])
    let controllers: [(String, [PolicyRule])] = [
      ("replicaset-controller", [B.rule(["create", "delete"], [""], ["pods"])]),
      (
        "namespace-controller",
        [B.rule(["get", "list", "delete", "deletecollection"], ["*"], ["*"])]
      ),
      (
        "clusterrole-aggregation-controller",
        [
          B.rule(
            ["escalate", "get", "list", "watch", "update", "patch"], [B.rbacGroup], ["clusterroles"]
          )
        ]
      ),
      (
        "generic-garbage-collector",
        [B.rule(["get", "list", "watch", "patch", "update", "delete"], ["*"], ["*"])]
      ),
      ("job-controller", [B.rule(["create", "delete"], [""], ["pods"])]),
      ("token-cleaner", [B.rule(["delete"], [""], ["secrets"])]),
    ]
    for (name, rules) in controllers { addClusterRole("system:controller:\(name)", rules) }
    addClusterRole("system:kubelet-api-admin", [B.rule(["*"], [""], ["nodes/proxy", "nodes/log"])])
    var i = 0
    while clusterRoleNames.count < shape.clusterRoles {
      i += 1
      let group = "example-\(i % 40).com"
      let rules: [PolicyRule]
      switch Int.random(in: 0..<20, using: &rng) {
      case 0: rules = [B.rule(["get"], [""], ["secrets"], names: ["cred-\(i)"])]
      case 1: rules = [B.rule(["create", "update"], ["apps"], ["deployments"])]
      case 2: rules = [B.rule(["get"], [""], ["nodes/proxy"])]
      case 3: rules = [B.rule(["impersonate"], [""], ["serviceaccounts"], names: ["sa-\(i)"])]
      case 4: rules = [B.rule(["list"], [group], ["secrets"])]
      default:
        rules = [
          B.rule(B.read, [group], ["widgets-\(i % 50)", "gadgets"]),
          B.rule(["get"], [""], ["namespaces"]),
        ]
      }
      addClusterRole("custom-\(i)", rules)
    }
  }

  private mutating func buildRoles() {
    typealias B = RBACClusterBuilder
    let count = accounts.count
    localRoles = Array(repeating: [], count: count)
    let palette: [[PolicyRule]] = [
      [B.rule(B.read, [""], ["pods", "services", "configmaps"])],
      [B.rule(["create", "update", "patch"], ["apps"], ["deployments"])],
      [B.rule(["get"], [""], ["secrets"], names: ["app-config"])],
      [B.rule(["create"], ["batch"], ["jobs"]), B.rule(B.read, ["batch"], ["jobs"])],
      [B.rule(["create"], [""], ["pods/exec"]), B.rule(["get"], [""], ["pods"])],
      [
        B.rule(B.read, ["coordination.k8s.io"], ["leases"]),
        B.rule(["update"], ["coordination.k8s.io"], ["leases"], names: ["leader"]),
      ],
    ]
    for i in 0..<max(0, shape.roles - shape.clusterRoles) {
      let ns = i % count
      let name = "role-\(i)"
      localRoles[ns].append(name)
      let rules = pick(palette)
      out.append(
        .role(Role(metadata: ObjectMeta(name: name, namespace: namespace(ns)), rules: rules)))
    }
  }

  private mutating func subject(inNamespace ns: Int) -> Subject {
    switch Int.random(in: 0..<10, using: &rng) {
    case 0..<6: return .serviceAccount(pick(accounts[ns]), namespace: namespace(ns))
    case 6..<9: return .user("user-\(Int.random(in: 0..<shape.users, using: &rng))@example.com")
    default: return .group("team-\(Int.random(in: 0..<shape.groups, using: &rng))")
    }
  }

  private mutating func buildBindings() {
    let count = accounts.count
    for i in 0..<shape.clusterBindings {
      let roleName: String
      var subjects: [Subject]
      switch i {
      case 0: (roleName, subjects) = ("cluster-admin", [.group("system:masters")])
      case 1...4: (roleName, subjects) = ("cluster-admin", [.user("admin-\(i)@example.com")])
      case 5:
        (roleName, subjects) = (
          "cluster-admin", [.serviceAccount("ci-deployer", namespace: "kube-system")]
        )
      case 6...12:
        let name = [
          "replicaset-controller", "namespace-controller", "clusterrole-aggregation-controller",
          "generic-garbage-collector", "job-controller", "token-cleaner", "replicaset-controller",
        ][i - 6]
        (roleName, subjects) = (
          "system:controller:\(name)", [.serviceAccount(name, namespace: "kube-system")]
        )
      default:
        roleName =
          chance(30) ? "view" : pick(clusterRoleNames.filter { !$0.hasPrefix("cluster-admin") })
        subjects = [subject(inNamespace: Int.random(in: 1..<count, using: &rng))]
      }
      out.append(
        .binding(
          RoleBinding(
            isClusterBinding: true, metadata: ObjectMeta(name: "crb-\(i)"), subjects: subjects,
            roleRef: RoleRef(kind: "ClusterRole", name: roleName))))
    }
    for i in 0..<max(0, shape.bindings - shape.clusterBindings) {
      let ns = 1 + i % (count - 1)
      let ref: RoleRef
      if !localRoles[ns].isEmpty && chance(70) {
        ref = RoleRef(kind: "Role", name: pick(localRoles[ns]))
      } else {
        ref = RoleRef(
          kind: "ClusterRole", name: chance(70) ? "view" : (chance(90) ? "edit" : "admin"))
      }
      let subjects = (0..<Int.random(in: 1...2, using: &rng)).map { _ in subject(inNamespace: ns) }
      out.append(
        .binding(
          RoleBinding(
            isClusterBinding: false,
            metadata: ObjectMeta(name: "rb-\(i)", namespace: namespace(ns)),
            subjects: subjects, roleRef: ref)))
    }
  }

  private mutating func buildWorkloadObjects() {
    let count = accounts.count
    for i in 0..<shape.nodes {
      let labels = i < 3 ? ["node-role.kubernetes.io/control-plane": ""] : [:]
      out.append(.node(Node(metadata: ObjectMeta(name: "node-\(i)", labels: labels))))
    }
    for i in 0..<shape.pods {
      let ns = i % count
      let spec = PodSpec(
        containers: [Container(name: "app", image: "registry.example.com/app:\(i % 17)")],
        serviceAccountName: pick(accounts[ns]),
        nodeName: shape.nodes > 3 ? "node-\(3 + i % (shape.nodes - 3))" : nil)
      out.append(
        .pod(Pod(metadata: ObjectMeta(name: "pod-\(i)", namespace: namespace(ns)), spec: spec)))
    }
    for i in 0..<shape.tokenSecrets {
      let ns = i % count
      let account = pick(accounts[ns])
      let meta = ObjectMeta(
        name: "\(account)-token-\(i)", namespace: namespace(ns),
        annotations: ["kubernetes.io/service-account.name": account])
      out.append(.secret(Secret(metadata: meta, type: Secret.serviceAccountTokenType)))
    }
  }
}

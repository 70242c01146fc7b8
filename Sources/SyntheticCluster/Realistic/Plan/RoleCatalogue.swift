/// The Roles and ClusterRoles generated clusters use, written compactly: each rule lists its
/// verbs, API groups (`core` for the core group), resources, resource names and non-resource
/// URLs as space-separated words.
///
/// The built-in ClusterRoles are condensed from those of Kubernetes 1.32 (the same escalation
/// relevant verbs: `system:controller:clusterrole-aggregation-controller` may escalate,
/// `system:kube-controller-manager` may create tokens); add-on roles follow their charts.
enum RoleCatalogue {
  /// One policy rule.
  struct Rule: Sendable {
    var verbs: [String]
    var groups: [String]
    var resources: [String]
    var names: [String] = []
    var urls: [String] = []

    init(_ verbs: String, _ groups: String, _ resources: String, names: String = "") {
      self.verbs = Self.words(verbs)
      self.groups = Self.words(groups).map { $0 == "core" ? "" : $0 }
      self.resources = Self.words(resources)
      self.names = Self.words(names)
    }

    init(urls: String, _ verbs: String) {
      self.verbs = Self.words(verbs)
      groups = []
      resources = []
      self.urls = Self.words(urls)
    }

    private static func words(_ text: String) -> [String] {
      text.split(separator: " ").map(String.init)
    }
  }

  /// A named role.
  struct Role: Sendable {
    var name: String
    var rules: [Rule]
    /// Labels (aggregation labels of custom ClusterRoles).
    var labels: [(String, String)] = []
    /// `rbac.authorization.k8s.io/aggregate-to-<name>` selector, for admin/edit/view.
    var aggregates = false
  }

  private static let readVerbs = "get list watch"
  private static let writeVerbs = "create delete deletecollection patch update"

  /// The Roles of application namespaces (a namespace has up to all five).
  static let namespaced: [Role] = [
    Role(
      name: "app-config-reader",
      rules: [Rule(readVerbs, "core", "configmaps"), Rule("get", "core", "secrets")]),
    Role(
      name: "deployer",
      rules: [
        Rule("create get list patch update watch", "apps", "deployments replicasets"),
        Rule("create get list patch update", "core", "services configmaps"),
        Rule(readVerbs, "core", "pods pods/log"),
      ]),
    Role(name: "secret-reader", rules: [Rule(readVerbs, "core", "secrets")]),
    Role(
      name: "job-runner",
      rules: [
        Rule("create delete get list watch", "batch", "jobs"),
        Rule("create get list", "core", "pods"),
      ]),
    Role(
      name: "debugger",
      rules: [
        Rule("get list", "core", "pods"), Rule("create", "core", "pods/exec pods/portforward"),
      ]),
  ]

  /// Kubernetes' own ClusterRoles.
  static let builtIn: [Role] = {
    let workloads = "deployments daemonsets replicasets statefulsets"
    let core = "pods services configmaps endpoints persistentvolumeclaims serviceaccounts"
    var roles = [
      Role(name: "cluster-admin", rules: [Rule("*", "*", "*"), Rule(urls: "*", "*")]),
      Role(
        name: "admin",
        rules: [
          Rule(readVerbs + " " + writeVerbs, "core", core + " secrets pods/exec pods/attach"),
          Rule(readVerbs + " " + writeVerbs, "apps", workloads),
          Rule(readVerbs + " " + writeVerbs, "batch", "jobs cronjobs"),
          Rule(readVerbs + " " + writeVerbs, "rbac.authorization.k8s.io", "roles rolebindings"),
          Rule("impersonate", "core", "serviceaccounts"),
        ], aggregates: true),
      Role(
        name: "edit",
        rules: [
          Rule(readVerbs + " " + writeVerbs, "core", core + " secrets pods/exec pods/attach"),
          Rule(readVerbs + " " + writeVerbs, "apps", workloads),
          Rule(readVerbs + " " + writeVerbs, "batch", "jobs cronjobs"),
          Rule("impersonate", "core", "serviceaccounts"),
        ], aggregates: true),
      Role(
        name: "view",
        rules: [
          Rule(readVerbs, "core", core + " pods/log namespaces"),
          Rule(readVerbs, "apps", workloads), Rule(readVerbs, "batch", "jobs cronjobs"),
        ], aggregates: true),
      Role(
        name: "system:basic-user",
        rules: [
          Rule(
            "create", "authorization.k8s.io", "selfsubjectaccessreviews selfsubjectrulesreviews")
        ]),
      Role(
        name: "system:discovery", rules: [Rule(urls: "/api /api/* /apis /apis/* /version", "get")]),
      Role(
        name: "system:public-info-viewer", rules: [Rule(urls: "/healthz /livez /readyz", "get")]),
      Role(
        name: "system:node",
        rules: [
          Rule("get list watch", "core", "secrets configmaps services endpoints nodes pods"),
          Rule("create delete patch update", "core", "nodes nodes/status pods/status"),
          Rule("create", "core", "serviceaccounts/token pods/eviction"),
        ]),
      Role(
        name: "system:node-proxier",
        rules: [Rule("list watch", "core", "services endpoints"), Rule("get", "core", "nodes")]),
      Role(
        name: "system:kube-scheduler",
        rules: [
          Rule(readVerbs, "core", "pods nodes"), Rule("create", "core", "bindings pods/binding"),
        ]),
      Role(
        name: "system:kube-controller-manager",
        rules: [
          Rule("get list watch", "core", "secrets serviceaccounts"),
          Rule("create", "core", "serviceaccounts/token"),
          Rule("create", "authentication.k8s.io", "tokenreviews"),
        ]),
      Role(name: "system:kube-dns", rules: [Rule("list watch", "core", "endpoints services")]),
      Role(
        name: "system:auth-delegator",
        rules: [
          Rule("create", "authentication.k8s.io", "tokenreviews"),
          Rule("create", "authorization.k8s.io", "subjectaccessreviews"),
        ]),
    ]
    for controller in Vocabulary.controllers {
      roles.append(
        Role(name: "system:controller:\(controller)", rules: controllerRules(controller)))
    }
    return roles
  }()

  private static func controllerRules(_ controller: String) -> [Rule] {
    switch controller {
    case "clusterrole-aggregation-controller":
      [Rule("escalate get list patch update watch", "rbac.authorization.k8s.io", "clusterroles")]
    case "namespace-controller": [Rule("delete deletecollection get list", "*", "*")]
    case "generic-garbage-collector": [Rule("delete get list patch update watch", "*", "*")]
    case "daemon-set-controller", "replicaset-controller", "statefulset-controller",
      "job-controller":
      [Rule("create delete list patch watch", "core", "pods"), Rule(readVerbs, "apps batch", "*")]
    case "deployment-controller":
      [Rule("create delete get list update watch", "apps", "replicasets")]
    case "cronjob-controller": [Rule("create delete get list update watch", "batch", "jobs")]
    case "service-account-controller": [Rule("create", "core", "serviceaccounts")]
    default: [Rule(readVerbs + " update", "core", "nodes persistentvolumes endpoints")]
    }
  }

  /// ClusterRoles of the add-ons (bound to their ServiceAccounts).
  static let addOns: [Role] = [
    Role(
      name: "prometheus",
      rules: [
        Rule(readVerbs, "core", "nodes nodes/metrics services endpoints pods"),
        Rule(urls: "/metrics /metrics/cadvisor", "get"),
      ]),
    Role(
      name: "kube-state-metrics",
      rules: [Rule("list watch", "core apps batch networking.k8s.io", "*")]),
    Role(
      name: "cert-manager-controller",
      rules: [
        Rule(readVerbs + " " + writeVerbs, "core", "secrets"),
        Rule(readVerbs + " update", "cert-manager.io", "certificates issuers clusterissuers"),
      ]),
    Role(
      name: "ingress-nginx",
      rules: [
        Rule("list watch", "core", "configmaps endpoints nodes pods secrets services"),
        Rule(readVerbs, "networking.k8s.io", "ingresses ingressclasses"),
      ]),
    Role(name: "calico-node", rules: [Rule(readVerbs + " patch", "core", "pods nodes namespaces")]),
    Role(name: "fluent-bit", rules: [Rule(readVerbs, "core", "pods namespaces")]),
    Role(name: "cluster-autoscaler", rules: [Rule(readVerbs + " update", "core", "nodes pods")]),
    Role(name: "istiod", rules: [Rule(readVerbs, "core", "pods services endpoints namespaces")]),
  ]

  /// The planted escalation roles (see ``RealisticCluster/plantedEscalations``).
  static let planted: [Role] = [
    Role(
      name: "rbac-manager",
      rules: [
        Rule("bind escalate get list", "rbac.authorization.k8s.io", "clusterroles roles"),
        Rule("create", "rbac.authorization.k8s.io", "clusterrolebindings rolebindings"),
      ]),
    Role(name: "impersonator", rules: [Rule("impersonate", "core", "users groups")]),
    Role(name: "node-proxy-reader", rules: [Rule("get", "core", "nodes nodes/proxy")]),
  ]

  /// The `index`-th custom ClusterRole (aggregated into view, edit or admin).
  static func custom(_ index: Int) -> Role {
    let group = Vocabulary.crdGroups[index % Vocabulary.crdGroups.count]
    let level = ["view", "edit", "admin"][index / Vocabulary.crdGroups.count % 3]
    let round = index / (Vocabulary.crdGroups.count * 3)
    let stem = group.split(separator: ".").first.map(String.init) ?? group
    let verbs = level == "view" ? readVerbs : readVerbs + " " + writeVerbs
    return Role(
      name: "\(stem)-\(level)\(round > 0 ? "-\(round + 1)" : "")",
      rules: [Rule(verbs, group, "*")],
      labels: [("rbac.authorization.k8s.io/aggregate-to-\(level)", "true")])
  }
}

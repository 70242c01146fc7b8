extension ClusterWriter {
  private static let rbacVersion = "rbac.authorization.k8s.io/v1"

  /// A binding subject: kind, name and (ServiceAccounts) namespace.
  typealias Subject = (kind: String, name: String, namespace: String?)

  /// Writes the ClusterRoles: built-in, add-on, planted and the scale's custom ones.
  func writeClusterRoles() throws {
    let roles =
      RoleCatalogue.builtIn + RoleCatalogue.addOns + RoleCatalogue.planted
      + (0..<scale.clusterRoles).map(RoleCatalogue.custom)
    for role in roles {
      var labels = role.labels
      if role.name.hasPrefix("system:")
        || ["admin", "edit", "view", "cluster-admin"].contains(role.name)
      {
        labels.append(("kubernetes.io/bootstrapping", "rbac-defaults"))
      }
      try item(
        Self.rbacVersion, "ClusterRole", name: role.name, namespace: nil,
        uid: Self.uid("cr/\(role.name)"), age: 400 * 86_400, labels: labels,
        annotations: labels.isEmpty ? [] : [("rbac.authorization.kubernetes.io/autoupdate", "true")]
      ) { o in
        if role.aggregates {
          o.object("aggregationRule") { o in
            o.array("clusterRoleSelectors") { o in
              o.object { o in
                o.stringMap(
                  "matchLabels", [("rbac.authorization.k8s.io/aggregate-to-\(role.name)", "true")])
              }
            }
          }
        }
        Self.writeRules(role.rules, into: &o)
      }
    }
  }

  /// Writes the namespaced Roles (and the planted `kube-system/pod-launcher`).
  func writeRoles() throws {
    for ns in plan.namespaces {
      if ns.name == "kube-system" {
        try role(
          ns,
          RoleCatalogue.Role(
            name: "pod-launcher", rules: [.init("create get list", "core", "pods")]))
      }
      for name in ns.roles {
        guard let template = RoleCatalogue.namespaced.first(where: { name.hasPrefix($0.name) })
        else { continue }
        try role(ns, RoleCatalogue.Role(name: name, rules: template.rules))
      }
    }
  }

  private func role(_ ns: NamespacePlan, _ role: RoleCatalogue.Role) throws {
    try item(
      Self.rbacVersion, "Role", name: role.name, namespace: ns.name,
      uid: Self.uid("role/\(ns.name)/\(role.name)"), age: ns.age
    ) { o in Self.writeRules(role.rules, into: &o) }
  }

  /// Writes each application namespace's RoleBinding quota (teams, groups, ServiceAccounts,
  /// users) and the planted `kube-system/ci-pod-launcher`.
  func writeRoleBindings() throws {
    for ns in plan.namespaces {
      if ns.name == "kube-system" {
        try binding(
          "RoleBinding", "ci-pod-launcher", namespace: ns.name, role: ("Role", "pod-launcher"),
          [("ServiceAccount", "pipeline-runner", "ci-system")])
      }
      for index in 0..<ns.roleBindings {
        let (name, role, subjects) = roleBinding(index, in: ns)
        try binding("RoleBinding", name, namespace: ns.name, role: role, subjects)
      }
    }
  }

  private func roleBinding(_ index: Int, in ns: NamespacePlan)
    -> (String, (String, String), [Subject])
  {
    let team = ns.team
    let round = index / 7 > 0 ? "-\(index / 7 + 1)" : ""
    func localRole(_ name: String, else fallback: String) -> (String, String) {
      ns.roles.contains(name) ? ("Role", name) : ("ClusterRole", fallback)
    }
    let accounts = Self.accounts(of: ns)
    let app = accounts[index % accounts.count]
    switch index % 7 {
    case 0:
      return (
        "\(team)-developers-edit\(round)", ("ClusterRole", "edit"),
        [("Group", "\(team)-developers", nil)]
      )
    case 1:
      return (
        "\(team)-viewers\(round)", ("ClusterRole", "view"), [("Group", "\(team)-viewers", nil)]
      )
    case 2:
      let ci = ns.serviceAccounts.first { $0.hasSuffix("-ci") } ?? "default"
      return (
        "ci-deployer\(round)", localRole("deployer", else: "edit"),
        [("ServiceAccount", ci, ns.name)]
      )
    case 3:
      return (
        "\(app)-config-reader\(round)", localRole("app-config-reader", else: "view"),
        [("ServiceAccount", app, ns.name)]
      )
    case 4:
      return (
        "\(team)-lead-admin\(round)", ("ClusterRole", "admin"),
        [("User", "lead.\(team)@example.com", nil)]
      )
    case 5:
      return (
        "prometheus-view\(round)", ("ClusterRole", "view"),
        [("ServiceAccount", "prometheus", "monitoring")]
      )
    default:
      return (
        "\(team)-oncall-debug\(round)", localRole("debugger", else: "view"),
        [("Group", "\(team)-oncall", nil), ("User", "oncall.\(team)@example.com", nil)]
      )
    }
  }

  /// Writes the ClusterRoleBindings: built-in, add-on, platform admins, planted escalations
  /// and the scale's team-wide bindings.
  func writeClusterRoleBindings() throws {
    var bindings: [(String, String, [Subject])] = [
      ("cluster-admin", "cluster-admin", [("Group", "system:masters", nil)]),
      ("system:basic-user", "system:basic-user", [("Group", "system:authenticated", nil)]),
      ("system:discovery", "system:discovery", [("Group", "system:authenticated", nil)]),
      (
        "system:public-info-viewer", "system:public-info-viewer",
        [("Group", "system:authenticated", nil), ("Group", "system:unauthenticated", nil)]
      ),
      ("system:node-proxier", "system:node-proxier", [("User", "system:kube-proxy", nil)]),
      ("system:kube-scheduler", "system:kube-scheduler", [("User", "system:kube-scheduler", nil)]),
      (
        "system:kube-controller-manager", "system:kube-controller-manager",
        [("User", "system:kube-controller-manager", nil)]
      ),
      ("system:kube-dns", "system:kube-dns", [("ServiceAccount", "coredns", "kube-system")]),
    ]
    for controller in Vocabulary.controllers {
      bindings.append(
        (
          "system:controller:\(controller)", "system:controller:\(controller)",
          [("ServiceAccount", controller, "kube-system")]
        ))
    }
    let addOnAccounts: [(String, String)] = [
      ("prometheus", "monitoring"), ("kube-state-metrics", "monitoring"),
      ("cert-manager-controller", "cert-manager"), ("ingress-nginx", "ingress-nginx"),
      ("calico-node", "kube-system"), ("fluent-bit", "logging"),
      ("cluster-autoscaler", "kube-system"), ("istiod", "istio-system"),
    ]
    for (role, namespace) in addOnAccounts {
      let account =
        role == "cert-manager-controller"
        ? "cert-manager" : role == "ingress-nginx" ? "ingress-nginx-controller" : role
      bindings.append((role, role, [("ServiceAccount", account, namespace)]))
    }
    bindings += [
      (
        "argocd-application-controller", "cluster-admin",
        [("ServiceAccount", "argocd-application-controller", "argocd")]
      ),
      ("platform-admins", "cluster-admin", [("Group", "platform-admins", nil)]),
      ("break-glass", "cluster-admin", [("User", "break-glass-admin@example.com", nil)]),
      ("release-manager-rbac", "rbac-manager", [("User", "release-manager@example.com", nil)]),
      ("support-impersonation", "impersonator", [("Group", "support-oncall", nil)]),
      ("grafana-node-proxy", "node-proxy-reader", [("ServiceAccount", "grafana", "monitoring")]),
    ]
    for i in 0..<scale.clusterRoleBindings {
      let team = plan.teams[i % plan.teams.count]
      let round = i / plan.teams.count
      if round % 2 == 0 {
        bindings.append(
          ("\(team)-sre-view-\(round / 2 + 1)", "view", [("Group", "\(team)-sre", nil)]))
      } else {
        let role = RoleCatalogue.custom((i / 2) % max(1, scale.clusterRoles)).name
        bindings.append(
          (
            "\(team)-operators-\(role)-\(round / 2 + 1)", role,
            [("Group", "\(team)-operators", nil)]
          ))
      }
    }
    for (name, role, subjects) in bindings {
      try binding("ClusterRoleBinding", name, namespace: nil, role: ("ClusterRole", role), subjects)
    }
  }

  private func binding(
    _ kind: String, _ name: String, namespace: String?, role: (String, String),
    _ subjects: [Subject]
  ) throws {
    let system = name.hasPrefix("system:") || name == "cluster-admin"
    try item(
      Self.rbacVersion, kind, name: name, namespace: namespace,
      uid: Self.uid("\(kind)/\(namespace ?? "")/\(name)"), age: 300 * 86_400,
      labels: system ? [("kubernetes.io/bootstrapping", "rbac-defaults")] : [],
      annotations: system ? [("rbac.authorization.kubernetes.io/autoupdate", "true")] : []
    ) { o in
      o.object("roleRef") { o in
        o.field("apiGroup", "rbac.authorization.k8s.io")
        o.field("kind", role.0)
        o.field("name", role.1)
      }
      o.array("subjects") { o in
        for subject in subjects {
          o.object { o in
            o.field("kind", subject.kind)
            if subject.kind != "ServiceAccount" { o.field("apiGroup", "rbac.authorization.k8s.io") }
            o.field("name", subject.name)
            if let namespace = subject.namespace { o.field("namespace", namespace) }
          }
        }
      }
    }
  }

  private static func writeRules(_ rules: [RoleCatalogue.Rule], into o: inout JSONTextWriter) {
    o.array("rules") { o in
      for rule in rules {
        o.object { o in
          o.strings("verbs", rule.verbs)
          if !rule.urls.isEmpty {
            o.strings("nonResourceURLs", rule.urls)
          } else {
            o.strings("apiGroups", rule.groups)
            o.strings("resources", rule.resources)
          }
          if !rule.names.isEmpty { o.strings("resourceNames", rule.names) }
        }
      }
    }
  }
}

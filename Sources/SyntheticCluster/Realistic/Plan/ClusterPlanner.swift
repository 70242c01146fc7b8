/// Decides the generated cluster from a ``ClusterScale`` and a seed: which namespaces, nodes
/// and workloads exist and how the RBAC and NetworkPolicy quotas spread over namespaces.
struct ClusterPlanner {
  let scale: ClusterScale
  var random: RandomSource

  /// DaemonSets on every node: (namespace, name, profile).
  static let daemonSets: [(String, String, PodRecipe.Profile)] = [
    ("kube-system", "kube-proxy", .kubeProxy), ("kube-system", "calico-node", .cni),
    ("monitoring", "node-exporter", .nodeExporter), ("logging", "fluent-bit", .logAgent),
  ]

  /// Add-on Deployments and StatefulSets: (namespace, name, replicas, StatefulSet?).
  static let addOns: [(String, String, Int, Bool)] = [
    ("kube-system", "coredns", 2, false), ("kube-system", "metrics-server", 1, false),
    ("kube-system", "cluster-autoscaler", 1, false), ("monitoring", "prometheus", 2, true),
    ("monitoring", "grafana", 1, false), ("monitoring", "kube-state-metrics", 1, false),
    ("istio-system", "istiod", 2, false), ("ingress-nginx", "ingress-nginx-controller", 2, false),
    ("cert-manager", "cert-manager", 1, false), ("cert-manager", "cert-manager-webhook", 1, false),
    ("ci-system", "pipeline-runner", 1, false), ("argocd", "argocd-server", 1, false),
    ("argocd", "argocd-application-controller", 1, true),
  ]

  init(scale: ClusterScale, seed: UInt64) {
    self.scale = scale
    random = RandomSource(seed: seed)
  }

  /// Builds the plan.
  ///
  /// - Throws: ``GeneratorError`` when the pods cannot cover the system workloads.
  /// - Complexity: O(*namespaces* + *workloads*).
  mutating func plan() throws -> ClusterPlan {
    let nodes = planNodes()
    let teams = (0..<max(3, scale.applicationNamespaces / 25)).map { i in
      let stem = Vocabulary.teams[i % Vocabulary.teams.count]
      return i < Vocabulary.teams.count ? stem : "\(stem)-\(i / Vocabulary.teams.count + 1)"
    }
    var namespaces = planSystemNamespaces(nodes: nodes.count)
    let systemPods = namespaces.reduce(0) { $0 + $1.workloads.reduce(0) { $0 + $1.pods } }
    let budget = scale.pods - systemPods
    guard budget >= 0 else {
      throw GeneratorError(
        "\(scale.pods) pods cannot cover the \(systemPods) system pods of \(nodes.count) nodes; "
          + "ask for more pods or fewer nodes")
    }
    let count = scale.applicationNamespaces
    let podShares = podShares(budget, count)
    let accountShares = EvenSpread(total: scale.serviceAccounts, slots: count).shares
    let roleShares = EvenSpread(total: scale.roles, slots: count).shares
    let bindingShares = EvenSpread(total: scale.roleBindings, slots: count).shares
    let policyShares = EvenSpread.clumped(total: scale.networkPolicies, slots: count, size: 3)
      .shares
    for i in 0..<count {
      var ns = applicationNamespace(i, teams: teams)
      ns.serviceAccounts = (0..<accountShares[i]).map { j in
        j == 0 ? "\(ns.team)-ci" : "\(Vocabulary.apps[(i + j) % Vocabulary.apps.count])-sa"
      }
      ns.workloads = applicationWorkloads(in: ns, pods: podShares[i])
      ns.roles = (0..<roleShares[i]).map { RoleCatalogue.namespaced[($0 + i) % 5].name }
      ns.roleBindings = bindingShares[i]
      ns.networkPolicies = policyShares[i]
      namespaces.append(ns)
    }
    return ClusterPlan(namespaces: namespaces, nodes: nodes, teams: teams)
  }

  /// Pods per application namespace: one each when the budget allows, the rest skewed (most
  /// namespaces small, a few large) as in real clusters.
  private mutating func podShares(_ budget: Int, _ count: Int) -> [Int] {
    let base = budget >= count ? 1 : 0
    let weights = (0..<count).map { _ in random.pick(Self.namespaceWeights) }
    return EvenSpread.weighted(total: budget - base * count, weights: weights).shares.map {
      $0 + base
    }
  }

  /// Relative namespace sizes: mostly small, now and then a big one.
  static let namespaceWeights = [1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6, 8, 10, 15, 25, 60]

  // MARK: Nodes and system namespaces

  private mutating func planNodes() -> [NodePlan] {
    (0..<scale.nodes).map { i in
      let ip = "10.\(20 + i / 62_500).\(i / 250 % 250).\(i % 250 + 4)"
      return NodePlan(
        name: "ip-\(ip.split(separator: ".").joined(separator: "-")).eu-west-1.compute.internal",
        internalIP: ip, zone: Vocabulary.zones[i % 3],
        instanceType: random.pick(Vocabulary.instanceTypes),
        isControlPlane: i < min(3, scale.nodes - 1), uid: random.uid())
    }
  }

  private mutating func planSystemNamespaces(nodes: Int) -> [NamespacePlan] {
    var result: [NamespacePlan] = SystemNamespaces.names.map { name in
      var labels: [(String, String)] = []
      if name == "kube-system" || name == "monitoring" || name == "logging" {
        labels.append(("pod-security.kubernetes.io/enforce", "privileged"))
      }
      if name.hasPrefix("kube-") && name != "kube-system" { labels = [] }
      if name != "kube-system" && !name.hasPrefix("kube-") && name != "default" {
        labels.append(("team", "platform"))
      }
      return NamespacePlan(
        name: name, team: "platform", environment: "prod", isSystem: true, labels: labels,
        uid: random.uid(), age: 400 * 86_400)
    }
    // kube-system carries no Pod Security label in most clusters: creating pods there is a path.
    result[0].labels = []
    for (namespace, name, profile) in Self.daemonSets {
      add(
        systemWorkload(.daemonSet, namespace, name, pods: nodes, profile: profile), to: &result)
    }
    for (namespace, name, replicas, stateful) in Self.addOns {
      add(
        systemWorkload(
          stateful ? .statefulSet : .deployment, namespace, name, pods: replicas,
          profile: .addOn), to: &result)
    }
    for index in result.indices where result[index].name == "kube-system" {
      result[index].serviceAccounts += Vocabulary.controllers
    }
    return result
  }

  private func add(_ workload: WorkloadPlan, to namespaces: inout [NamespacePlan]) {
    guard let index = namespaces.firstIndex(where: { $0.name == workload.namespace }) else {
      return
    }
    namespaces[index].workloads.append(workload)
    if !namespaces[index].serviceAccounts.contains(workload.recipe.serviceAccount) {
      namespaces[index].serviceAccounts.append(workload.recipe.serviceAccount)
    }
  }

  private mutating func systemWorkload(
    _ kind: WorkloadPlan.Kind, _ namespace: String, _ name: String, pods: Int,
    profile: PodRecipe.Profile
  ) -> WorkloadPlan {
    let recipe = PodRecipe(
      profile: profile, app: name, appName: name, tier: "platform", team: "platform",
      environment: "prod", version: "1.\(random.int(2...30)).\(random.int(0...9))",
      image: Self.systemImage(name), serviceAccount: name,
      posture: profile == .addOn ? .hardened : .privileged,
      priorityClassName: kind == .daemonSet ? "system-node-critical" : "system-cluster-critical")
    return WorkloadPlan(
      kind: kind, name: name, namespace: namespace, pods: pods, recipe: recipe, uid: random.uid(),
      templateHash: random.suffix(10), oldRevisions: kind == .deployment ? 1 : 0,
      age: random.int(30...300) * 86_400)
  }

  private static func systemImage(_ name: String) -> String {
    switch name {
    case "kube-proxy": "registry.k8s.io/kube-proxy"
    case "coredns": "registry.k8s.io/coredns/coredns"
    case "metrics-server": "registry.k8s.io/metrics-server/metrics-server"
    case "calico-node": "docker.io/calico/node"
    case "node-exporter": "quay.io/prometheus/node-exporter"
    case "prometheus": "quay.io/prometheus/prometheus"
    case "fluent-bit": "cr.fluentbit.io/fluent/fluent-bit"
    case "istiod": "docker.io/istio/pilot"
    default: "registry.example.com/platform/\(name)"
    }
  }

  // MARK: Application namespaces

  private mutating func applicationNamespace(_ i: Int, teams: [String]) -> NamespacePlan {
    let team = teams[i % teams.count]
    let round = i / teams.count
    let environment = Vocabulary.environments[round % Vocabulary.environments.count]
    let suffix = round >= Vocabulary.environments.count ? "-\(round / 4 + 1)" : ""
    var labels: [(String, String)] = [("team", team), ("environment", environment)]
    let roll = random.int(0..<100)
    if roll < 45 {
      labels.append(("pod-security.kubernetes.io/enforce", "restricted"))
    } else if roll < 85 {
      labels.append(("pod-security.kubernetes.io/enforce", "baseline"))
    }
    if random.chance(7) { labels.append(("istio-injection", "enabled")) }
    return NamespacePlan(
      name: "\(team)-\(environment)\(suffix)", team: team, environment: environment,
      isSystem: false, labels: labels, uid: random.uid(), age: random.int(20...700) * 86_400)
  }

  private mutating func applicationWorkloads(in ns: NamespacePlan, pods: Int) -> [WorkloadPlan] {
    var left = pods
    var result: [WorkloadPlan] = []
    var appIndex = random.int(0..<Vocabulary.apps.count)
    var used: Set<String> = []
    while left > 0 {
      let appName = Vocabulary.apps[appIndex % Vocabulary.apps.count]
      appIndex += 1
      let roll = random.int(0..<100)
      let (kind, count): (WorkloadPlan.Kind, Int) =
        switch roll {
        case 0..<3: (.deployment, 0)
        case 3..<72: (.deployment, min(left, random.int(1...6)))
        case 72..<84: (.statefulSet, min(left, random.int(1...3)))
        case 84..<95: (.cronJob, min(left, random.int(1...3)))
        default: (.pod, 1)
        }
      // A bare pod is named like a debugging pod, never like a StatefulSet's `<name>-<n>`.
      let base = kind == .pod ? "\(appName)-debug" : appName
      var name = base
      var copy = 2
      while used.contains(name) {
        name = "\(base)-\(copy)"
        copy += 1
      }
      used.insert(name)
      result.append(
        applicationWorkload(kind, name: name, appName: appName, pods: count, in: ns))
      left -= count
    }
    return result
  }

  private mutating func applicationWorkload(
    _ kind: WorkloadPlan.Kind, name: String, appName: String, pods: Int, in ns: NamespacePlan
  ) -> WorkloadPlan {
    let tier =
      switch kind {
      case .cronJob: "batch"
      case .statefulSet: "data"
      default: Vocabulary.tiers[random.int(0..<3)]
      }
    let postureRoll = random.int(0..<100)
    let posture: PodRecipe.Posture =
      postureRoll < 45
      ? .hardened : postureRoll < 75 ? .partial : postureRoll < 95 ? .missing : .risky
    let accounts = ns.serviceAccounts.filter { !$0.hasSuffix("-ci") }
    var recipe = PodRecipe(
      profile: .application, app: name, appName: appName, tier: tier, team: ns.team,
      environment: ns.environment,
      version: "\(random.int(1...4)).\(random.int(0...20)).\(random.int(0...9))",
      image: "registry.example.com/\(ns.team)/\(appName)",
      serviceAccount: accounts.isEmpty || random.chance(25) ? "default" : random.pick(accounts),
      posture: posture)
    recipe.mesh = ns.meshInjected
    recipe.logShipper = random.chance(8)
    recipe.vaultInit = random.chance(6)
    recipe.perPodClaim = kind == .statefulSet
    recipe.sharedClaim = kind == .deployment && random.chance(5)
    recipe.port = random.pick([8080, 8080, 8443, 3000, 9000, 5000])
    recipe.secretName = "\(name)-credentials"
    recipe.configMapName = "\(name)-config"
    if ns.environment == "prod" { recipe.priorityClassName = "business-critical" }
    return WorkloadPlan(
      kind: kind, name: name, namespace: ns.name, pods: pods, recipe: recipe, uid: random.uid(),
      templateHash: random.suffix(10), oldRevisions: kind == .deployment ? random.int(0...1) : 0,
      age: random.int(1...200) * 86_400 + random.int(0..<86_400))
  }
}

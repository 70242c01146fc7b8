import KubeModel

/// The escalation graph of a snapshot: nodes for identities, nodes, pseudo-identities and
/// held roles, and edges "the source can obtain the power of the target" for every path of
/// the spec's catalogue (P1–P16).
///
/// Nodes are created on demand from the seed identities and derived once each (a worklist),
/// so the graph only contains what the seeds can reach.
struct EscalationGraph: Sendable {
  /// The nodes, by index.
  private(set) var nodes: [EscalationNode] = []
  /// Outgoing edges, by node index.
  private(set) var edges: [[EscalationEdge]] = []
  /// The index of each node.
  private(set) var index: [EscalationNode: Int] = [:]

  let policy: RBACPolicy
  let facts: ClusterFacts
  let assumptions: EscalationAssumptions
  /// Capabilities of every role, by role key (provider = the role, no binding).
  private var roleSets: [ObjectKey: CapabilitySet] = [:]
  /// Per binding: the capabilities of its role as the binding grants them (RoleBindings:
  /// cluster-only capabilities removed); `nil` for latent bindings.
  private var bindingSets: [CapabilitySet?] = []
  /// Groups named by some binding (membership edges only lead to those).
  private let knownGroups: Set<String>
  /// Users named by some binding.
  private let knownUsers: [String]
  private var pending: [Int] = []

  /// Groups named by some binding, sorted.
  var knownGroupNames: [String] { knownGroups.sorted() }

  /// The sink's index (always 0).
  static let adminIndex = 0

  /// Builds the graph reachable from `seeds`.
  ///
  /// - Complexity: O(*R* · *c* · *r*) to evaluate roles, plus O(*V* + *E*) for the graph.
  init(
    policy: RBACPolicy, facts: ClusterFacts, seeds: [Identity],
    assumptions: EscalationAssumptions
  ) {
    self.policy = policy
    self.facts = facts
    self.assumptions = assumptions
    var groups = Set<String>([RequestUser.mastersGroup])
    var users: [String] = []
    for identity in policy.bindingsBySubject.keys {
      if identity.kind == .group { groups.insert(identity.name) }
      if identity.kind == .user { users.append(identity.name) }
    }
    knownGroups = groups.union(policy.membership.groups)
    knownUsers = Array(Set(users).union(policy.membership.users)).sorted()
    bindingSets = Array(repeating: nil, count: policy.bindings.count)
    for (index, entry) in policy.bindings.enumerated() where entry.rules != nil {
      let set = capabilities(ofRole: entry.roleKey)
      bindingSets[index] = entry.namespace == nil ? set : set.inNamespace
    }
    _ = node(.admin)
    for seed in seeds { _ = node(.identity(seed)) }
    while let next = pending.popLast() { derive(next) }
  }

  /// The index of a node, created (and queued for derivation) when new.
  mutating func node(_ node: EscalationNode) -> Int {
    if let existing = index[node] { return existing }
    let id = nodes.count
    nodes.append(node)
    edges.append([])
    index[node] = id
    pending.append(id)
    return id
  }

  /// The capabilities of a role, computed once.
  mutating func capabilities(ofRole key: ObjectKey) -> CapabilitySet {
    if let cached = roleSets[key] { return cached }
    let set = CapabilitySet(
      rules: rules(ofRole: key) ?? [], provider: .init(binding: nil, role: key, via: nil))
    roleSets[key] = set
    return set
  }

  /// The effective rules of a role, `nil` when it does not exist.
  func rules(ofRole key: ObjectKey) -> [PolicyRule]? {
    key.kind == "ClusterRole"
      ? policy.clusterRoleRules[key.name] : policy.roleRules[key.namespace]?[key.name]
  }

  /// Adds an edge; with `unique`, an edge of the same kind to the same target is skipped.
  mutating func add(_ edge: EscalationEdge, from source: Int, unique: Bool = false) {
    if unique,
      edges[source].contains(where: { $0.target == edge.target && $0.kind == edge.kind })
    {
      return
    }
    edges[source].append(edge)
  }

  // MARK: Derivation

  private mutating func derive(_ id: Int) {
    switch nodes[id] {
    case .admin: return
    case .identity(let identity): deriveIdentity(identity, id)
    case .node(let name): deriveNode(name, id)
    case .namespaceAdmin(let ns):
      let wildcard = CapabilitySet(
        rules: [PolicyRule(verbs: ["*"], apiGroups: ["*"], resources: ["*"])],
        provider: .init(
          binding: nil, role: ObjectKey(kind: "ClusterRole", namespace: nil, name: "*"), via: nil))
      let source = EdgeSource(index: id, memberGroups: [], holdsEverything: true)
      deriveNamespace(
        ns, local: wildcard.inNamespace.withoutWildcard, cluster: .empty, held: [], source)
    case .holder(let role, let scope): deriveHolder(role, scope, id)
    case .allServiceAccounts:
      for ns in facts.serviceAccounts.keys.sorted() {
        add(
          EscalationEdge(target: node(.serviceAccountsIn(ns)), kind: .includes, namespace: ns),
          from: id)
      }
    case .serviceAccountsIn(let ns):
      for name in facts.serviceAccounts[ns] ?? [] {
        add(
          EscalationEdge(
            target: node(.identity(.serviceAccount(name, namespace: ns))), kind: .runsAs), from: id)
      }
    case .allTokenSecrets:
      for ns in facts.tokenSecrets.keys.sorted() {
        add(
          EscalationEdge(target: node(.tokenSecretsIn(ns)), kind: .includes, namespace: ns),
          from: id)
      }
    case .tokenSecretsIn(let ns):
      for secret in facts.tokenSecrets[ns] ?? [] {
        let target = node(.identity(.serviceAccount(secret.serviceAccount, namespace: ns)))
        add(EscalationEdge(target: target, kind: .readsToken, detail: secret.name), from: id)
      }
    case .allPods:
      for ns in facts.pods.keys.sorted() {
        add(EscalationEdge(target: node(.podsIn(ns)), kind: .includes, namespace: ns), from: id)
      }
    case .podsIn(let ns):
      for pod in facts.pods[ns] ?? [] {
        let target = node(.identity(.serviceAccount(pod.serviceAccount, namespace: ns)))
        add(EscalationEdge(target: target, kind: .takesOverPod, detail: pod.name), from: id)
      }
    case .podsOnNode(let name):
      for pod in facts.podsOnNode[name] ?? [] {
        let target = node(.identity(.serviceAccount(pod.serviceAccount, namespace: pod.namespace)))
        add(
          EscalationEdge(
            target: target, kind: .takesOverPodOnNode, namespace: pod.namespace, detail: pod.name),
          from: id)
      }
    case .anyNode:
      for name in facts.nodes {
        add(EscalationEdge(target: node(.node(name)), kind: .schedulesOnto), from: id)
      }
    case .anyUser:
      for name in knownUsers where name != RequestUser.anonymousName {
        add(EscalationEdge(target: node(.identity(.user(name))), kind: .becomesUser), from: id)
      }
    }
  }

  private mutating func deriveIdentity(_ identity: Identity, _ id: Int) {
    if identity == .group(RequestUser.mastersGroup) {
      add(EscalationEdge(target: Self.adminIndex, kind: .mastersBypass), from: id)
      return
    }
    let user = RequestUser.forIdentity(identity, membership: policy.membership)
    let memberGroups = identity.kind == .group ? [] : user.groups.filter(knownGroups.contains)
    for group in memberGroups {
      add(EscalationEdge(target: node(.identity(.group(group))), kind: .memberOf), from: id)
    }
    var cluster = CapabilitySet.empty
    var local: [String: CapabilitySet] = [:]
    var held: [HeldRole] = []
    var keys = user.groups.map(Identity.group)
    if identity.kind != .group { keys = [identity, .user(identity.userName)] + keys }
    let applicable = policy.applicableBindings(keys: keys)
    let ownName = identity.userName
    let isOwn = { (via: Identity) in via == identity || (via.kind == .user && via.name == ownName) }
    for pass in [true, false] {
      for (bindingIndex, via) in applicable where isOwn(via) == pass {
        guard let set = bindingSets[bindingIndex] else { continue }
        let roleKey = policy.bindings[bindingIndex].roleKey
        let namespace = policy.bindings[bindingIndex].namespace
        let provider = CapabilitySet.Provider(
          binding: bindingIndex, role: roleKey, via: pass ? nil : via)
        held.append(HeldRole(role: roleKey, namespace: namespace, provider: provider))
        if let ns = namespace {
          local[ns, default: .empty].formUnion(set, provider: provider)
        } else {
          cluster.formUnion(set, provider: provider)
        }
      }
    }
    let source = EdgeSource(index: id, memberGroups: Set(memberGroups))
    deriveCluster(cluster, held: held, source)
    for ns in local.keys.sorted() {
      deriveNamespace(ns, local: local[ns]!, cluster: cluster, held: held, source)
    }
  }

  private mutating func deriveNode(_ name: String, _ id: Int) {
    if facts.controlPlaneNodes.contains(name) {
      add(EscalationEdge(target: Self.adminIndex, kind: .controlPlane), from: id)
    }
    for pod in facts.podsOnNode[name] ?? [] {
      let target = node(.identity(.serviceAccount(pod.serviceAccount, namespace: pod.namespace)))
      add(
        EscalationEdge(
          target: target, kind: .nodeCredentials, namespace: pod.namespace, detail: pod.name),
        from: id)
    }
    let nodeUser = "system:node:\(name)"
    if knownUsers.contains(nodeUser) {
      add(EscalationEdge(target: node(.identity(.user(nodeUser))), kind: .memberOf), from: id)
    }
    if knownGroups.contains("system:nodes") {
      add(
        EscalationEdge(target: node(.identity(.group("system:nodes"))), kind: .memberOf), from: id)
    }
  }

  private mutating func deriveHolder(_ role: ObjectKey, _ scope: EscalationNode.Scope, _ id: Int) {
    let set = capabilities(ofRole: role)
    let source = EdgeSource(index: id, memberGroups: [])
    let provider = CapabilitySet.Provider(binding: nil, role: role, via: nil)
    switch scope {
    case .cluster:
      deriveCluster(set, held: [HeldRole(role: role, namespace: nil, provider: provider)], source)
    case .everyNamespace:
      deriveCluster(set.inNamespace.withoutWildcard, held: [], source)
    case .namespace(let ns):
      deriveNamespace(
        ns, local: set.inNamespace, cluster: .empty,
        held: [HeldRole(role: role, namespace: ns, provider: provider)], source)
    }
  }
}

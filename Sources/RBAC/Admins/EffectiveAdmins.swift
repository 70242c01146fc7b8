import KubeModel

/// The effective cluster-admins of a snapshot: every identity that is, or can make itself,
/// cluster-admin, with the chains that prove it; plus namespace admins, reported apart.
///
/// Candidates are every ServiceAccount in the snapshot (objects and the accounts pods run as),
/// every User, Group and ServiceAccount named in a binding, the users and groups of the
/// membership map, and `system:masters` (always listed first).
public struct EffectiveAdmins: Sendable {
  /// The cluster-admins: `system:masters` first, then by category and identity.
  public let admins: [AdminEntry]
  /// Identities with full control of namespaces only.
  public let namespaceAdmins: [NamespaceAdminEntry]
  /// Bindings to missing roles: latent grants.
  public let latentBindings: [ResolvedBinding]
  /// The assumptions used.
  public let assumptions: EscalationAssumptions
  /// Graph size, for benchmarks: nodes and edges.
  public let graphSize: (nodes: Int, edges: Int)

  /// The most paths kept per admin (the count of distinct first steps is kept separately).
  public static let maximumPaths = 5

  /// Computes the effective admins.
  ///
  /// - Complexity: O(*R* · *c* · *r*) to evaluate the *R* bound roles, then O(*V* + *E*) for
  ///   the escalation graph and one reverse breadth-first search from `cluster-admin`.
  public init(
    policy: RBACPolicy, snapshot: Snapshot, assumptions: EscalationAssumptions = .standard
  ) {
    let candidates = Self.candidates(policy: policy, snapshot: snapshot)
    let graph = EscalationGraph(
      policy: policy,
      facts: ClusterFacts(
        snapshot: snapshot, boundServiceAccounts: Array(policy.bindingsBySubject.keys)),
      seeds: candidates,
      assumptions: assumptions)
    let search = EscalationSearch(graph: graph)
    let workloads = Self.workloadsByServiceAccount(snapshot)
    var admins: [AdminEntry] = []
    var namespaceAdmins: [NamespaceAdminEntry] = []
    for identity in candidates {
      guard let id = graph.index[.identity(identity)] else { continue }
      let (category, tier) = AdminClassifier.classify(identity, policy: policy)
      if search.distance[id] != nil {
        let direct = search.directDistance[id] != nil
        let paths = search.paths(from: id, direct: direct, limit: Self.maximumPaths)
        admins.append(
          AdminEntry(
            identity: identity, how: direct ? .direct : .escalation, category: category,
            tier: tier, paths: paths, pathCount: search.firstStepCount(from: id),
            coversNonResourceURLs: direct ? Self.coversURLs(identity, policy) : nil,
            workloads: workloads[identity] ?? []))
      } else if let entry = search.namespaceAdmin(id, identity: identity, category: category) {
        namespaceAdmins.append(entry)
      }
    }
    let masters = Identity.group(RequestUser.mastersGroup)
    let order = AdminCategory.allCases
    self.admins = admins.sorted { a, b in
      if (a.identity == masters) != (b.identity == masters) { return a.identity == masters }
      let ca = order.firstIndex(of: a.category)!
      let cb = order.firstIndex(of: b.category)!
      return ca != cb ? ca < cb : a.identity < b.identity
    }
    self.namespaceAdmins = namespaceAdmins
    self.latentBindings = policy.unresolvedBindings
    self.assumptions = assumptions
    self.graphSize = (graph.nodes.count, graph.edges.reduce(0) { $0 + $1.count })
  }

  /// The admins grouped by category, in presentation order (empty groups included).
  ///
  /// - Complexity: O(*n*) in the number of admins.
  public var grouped: [(category: AdminCategory, admins: [AdminEntry])] {
    AdminCategory.allCases.map { category in (category, admins.filter { $0.category == category }) }
  }

  /// The entry of one identity, when it is a cluster-admin.
  ///
  /// - Complexity: O(*n*) in the number of admins.
  public func entry(for identity: Identity) -> AdminEntry? {
    admins.first { $0.identity == identity }
  }

  /// The candidate identities, sorted: binding subjects, snapshot ServiceAccounts (objects
  /// and pods' accounts), membership users and groups, `system:masters`, and
  /// `system:anonymous` when `system:unauthenticated` is bound.
  ///
  /// - Complexity: O(*n* log *n*).
  public static func candidates(policy: RBACPolicy, snapshot: Snapshot) -> [Identity] {
    var all = Set(policy.bindingsBySubject.keys)
    all.insert(.group(RequestUser.mastersGroup))
    for user in policy.membership.users { all.insert(.user(user)) }
    for group in policy.membership.groups { all.insert(.group(group)) }
    for sa in snapshot.serviceAccounts {
      all.insert(.serviceAccount(sa.metadata.name, namespace: sa.namespace))
    }
    for pod in snapshot.effectivePods {
      all.insert(.serviceAccount(pod.spec.effectiveServiceAccountName, namespace: pod.namespace))
    }
    if all.contains(.group(RequestUser.unauthenticatedGroup)) {
      all.insert(.user(RequestUser.anonymousName))
    }
    return all.sorted()
  }

  private static func workloadsByServiceAccount(_ snapshot: Snapshot) -> [Identity: [ObjectKey]] {
    var map: [Identity: [ObjectKey]] = [:]
    for workload in snapshot.workloads {
      let account = workload.template.spec.effectiveServiceAccountName
      map[.serviceAccount(account, namespace: workload.namespace), default: []].append(workload.key)
    }
    return map
  }

  private static func coversURLs(_ identity: Identity, _ policy: RBACPolicy) -> Bool {
    let user = RequestUser.forIdentity(identity, membership: policy.membership)
    if user.groups.contains(RequestUser.mastersGroup) { return true }
    return policy.applicableBindings(for: user).contains { index, _ in
      let entry = policy.bindings[index]
      return entry.namespace == nil
        && (entry.rules ?? []).contains {
          $0.verbs.contains("*") && $0.nonResourceURLs.contains("*")
        }
    }
  }
}

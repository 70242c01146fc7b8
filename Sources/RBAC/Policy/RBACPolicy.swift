import KubeModel

/// The RBAC policy of a snapshot, indexed for evaluation: effective role rules (aggregation
/// applied), bindings resolved to their roles, bindings by namespace and by subject.
///
/// Build it once per snapshot; every query (authorize, who-can, effective rules, effective
/// admins) runs on it.
public struct RBACPolicy: Sendable {
  /// Every binding, in snapshot order, with its role resolved.
  public let bindings: [ResolvedBinding]
  /// Indices of ClusterRoleBindings in ``bindings``.
  public let clusterBindingIndices: [Int]
  /// Indices of RoleBindings in ``bindings``, by namespace.
  public let namespaceBindingIndices: [String: [Int]]
  /// Indices of the bindings naming each identity (User, Group, ServiceAccount).
  public let bindingsBySubject: [Identity: [Int]]
  /// Effective ClusterRole rules by name (aggregation applied).
  public let clusterRoleRules: [String: [PolicyRule]]
  /// Role rules by namespace and name.
  public let roleRules: [String: [String: [PolicyRule]]]
  /// The aggregation result (drift and cycles are reported as warnings).
  public let aggregation: RoleAggregator
  /// Additional user → groups membership (from `--groups`).
  public let membership: GroupMembership

  /// Indexes the RBAC objects of a snapshot.
  ///
  /// - Complexity: O(*b* · *s* + aggregation) for *b* bindings of *s* subjects.
  public init(snapshot: Snapshot, membership: GroupMembership = .empty) {
    self.init(
      roles: snapshot.roles, clusterRoles: snapshot.clusterRoles, bindings: snapshot.bindings,
      membership: membership)
  }

  /// Indexes roles and bindings directly.
  ///
  /// - Complexity: O(*b* · *s* + aggregation) for *b* bindings of *s* subjects.
  public init(
    roles: [Role], clusterRoles: [ClusterRole], bindings: [RoleBinding],
    membership: GroupMembership = .empty
  ) {
    let aggregation = RoleAggregator(clusterRoles: clusterRoles)
    var roleRules: [String: [String: [PolicyRule]]] = [:]
    for role in roles { roleRules[role.namespace, default: [:]][role.metadata.name] = role.rules }
    var resolved: [ResolvedBinding] = []
    var cluster: [Int] = []
    var byNamespace: [String: [Int]] = [:]
    var bySubject: [Identity: [Int]] = [:]
    resolved.reserveCapacity(bindings.count)
    for binding in bindings {
      let index = resolved.count
      resolved.append(
        Self.resolve(binding, clusterRoles: aggregation.rulesByName, roles: roleRules))
      if let ns = binding.namespace {
        byNamespace[ns, default: []].append(index)
      } else {
        cluster.append(index)
      }
      var seen = Set<Identity>()
      for subject in binding.subjects {
        guard let identity = Identity(subject: subject, bindingNamespace: binding.namespace),
          seen.insert(identity).inserted
        else { continue }
        bySubject[identity, default: []].append(index)
      }
    }
    self.bindings = resolved
    self.clusterBindingIndices = cluster
    self.namespaceBindingIndices = byNamespace
    self.bindingsBySubject = bySubject
    self.clusterRoleRules = aggregation.rulesByName
    self.roleRules = roleRules
    self.aggregation = aggregation
    self.membership = membership
  }

  private static func resolve(
    _ binding: RoleBinding, clusterRoles: [String: [PolicyRule]],
    roles: [String: [String: [PolicyRule]]]
  ) -> ResolvedBinding {
    let ref = binding.roleRef
    switch ref.kind {
    case "ClusterRole":
      let key = ObjectKey(kind: "ClusterRole", namespace: nil, name: ref.name)
      let rules = clusterRoles[ref.name]
      return ResolvedBinding(
        binding: binding, roleKey: key, rules: rules,
        problem: rules == nil ? "ClusterRole \(ref.name) does not exist" : nil)
    case "Role" where !binding.isClusterBinding:
      let ns = binding.namespace ?? "default"
      let key = ObjectKey(kind: "Role", namespace: ns, name: ref.name)
      let rules = roles[ns]?[ref.name]
      return ResolvedBinding(
        binding: binding, roleKey: key, rules: rules,
        problem: rules == nil ? "Role \(ns)/\(ref.name) does not exist" : nil)
    default:
      let key = ObjectKey(kind: ref.kind, namespace: binding.namespace, name: ref.name)
      return ResolvedBinding(
        binding: binding, roleKey: key, rules: nil,
        problem: "unsupported role reference kind \(ref.kind)")
    }
  }

  /// Bindings that grant nothing now: missing roles (latent grants) and invalid references.
  ///
  /// - Complexity: O(*b*).
  public var unresolvedBindings: [ResolvedBinding] { bindings.filter(\.isLatent) }

  // MARK: Authorization

  /// Decides a request exactly as the `system:masters` authorizer followed by RBAC would.
  ///
  /// ClusterRoleBindings are visited first, then — for a namespaced request — the RoleBindings
  /// of that namespace; the first rule that allows the request decides.
  ///
  /// - Complexity: O(*b* · *r*) over the visited bindings and their rules.
  public func authorize(_ user: RequestUser, _ request: AccessRequest) -> AuthorizationDecision {
    if user.groups.contains(RequestUser.mastersGroup) {
      return AuthorizationDecision(
        allowed: true, grant: nil, reason: "allowed: member of \(RequestUser.mastersGroup)")
    }
    var visit = clusterBindingIndices
    if !request.namespace.isEmpty { visit += namespaceBindingIndices[request.namespace] ?? [] }
    for index in visit {
      let entry = bindings[index]
      guard let rules = entry.rules else { continue }
      let bindingNamespace = entry.namespace ?? ""
      guard
        let subject = entry.binding.subjects.first(where: {
          SubjectMatcher.applies($0, to: user, bindingNamespace: bindingNamespace)
        })
      else { continue }
      if let rule = rules.first(where: { RuleMatcher.allows($0, request) }) {
        let grant = Grant(
          binding: entry.key, role: entry.roleKey, rule: rule,
          subject: Identity(subject: subject, bindingNamespace: entry.namespace))
        return AuthorizationDecision(
          allowed: true, grant: grant, reason: "RBAC: allowed by \(entry.key)")
      }
    }
    return AuthorizationDecision(allowed: false, grant: nil, reason: "no RBAC rule allows it")
  }

  /// The effective rules of a user in a namespace (`""` = cluster-wide only), in visit order:
  /// ClusterRoleBindings, then the namespace's RoleBindings.
  ///
  /// - Complexity: O(*b* · *s*) over the visited bindings.
  public func rules(for user: RequestUser, namespace: String) -> [PolicyRule] {
    var visit = clusterBindingIndices
    if !namespace.isEmpty { visit += namespaceBindingIndices[namespace] ?? [] }
    return visit.flatMap { index -> [PolicyRule] in
      let entry = bindings[index]
      let applies = entry.binding.subjects.contains {
        SubjectMatcher.applies($0, to: user, bindingNamespace: entry.namespace ?? "")
      }
      return applies ? (entry.rules ?? []) : []
    }
  }

  /// The bindings that apply to a user, each with the identity it matched.
  ///
  /// They are found through the subject index: the user's name (also as a ServiceAccount), and
  /// each of its groups.
  ///
  /// - Complexity: O(*g* + *k*) for *g* groups and *k* matching bindings.
  public func applicableBindings(for user: RequestUser) -> [(index: Int, via: Identity)] {
    var keys: [Identity] = []
    if !user.name.isEmpty {
      keys.append(.user(user.name))
      if let sa = Self.serviceAccount(fromUserName: user.name) { keys.append(sa) }
    }
    return applicableBindings(keys: keys + user.groups.map(Identity.group))
  }

  /// The bindings naming any of `keys`, in binding order, each with the key it matched.
  ///
  /// - Complexity: O(*k* log *k*) for *k* matching bindings.
  func applicableBindings(keys: [Identity]) -> [(index: Int, via: Identity)] {
    var seen = Set<Int>()
    var out: [(index: Int, via: Identity)] = []
    for key in keys {
      for index in bindingsBySubject[key] ?? [] where seen.insert(index).inserted {
        out.append((index, key))
      }
    }
    return out.sorted { $0.index < $1.index }
  }

  /// The ServiceAccount behind `system:serviceaccount:<ns>:<name>`, else `nil`.
  public static func serviceAccount(fromUserName name: String) -> Identity? {
    guard name.hasPrefix(RequestUser.serviceAccountPrefix) else { return nil }
    let rest = name.dropFirst(RequestUser.serviceAccountPrefix.count)
    let parts = rest.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !parts[1].contains(":")
    else { return nil }
    return .serviceAccount(String(parts[1]), namespace: String(parts[0]))
  }
}

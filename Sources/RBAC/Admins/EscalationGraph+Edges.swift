import KubeModel

extension EscalationGraph {
  /// A role an identity holds through a binding (for escalate, P8).
  struct HeldRole: Sendable {
    var role: ObjectKey
    /// The binding's namespace; `nil` for a ClusterRoleBinding.
    var namespace: String?
    var provider: CapabilitySet.Provider
  }

  /// The node edges are derived for, and the groups it is a member of: an edge that only a
  /// member group's grants provide is left to that group (reached by a membership step).
  struct EdgeSource: Sendable {
    var index: Int
    var memberGroups: Set<String>
    /// `true` for a namespace admin: binding roles in its namespace adds nothing.
    var holdsEverything = false
  }

  /// Adds an edge unless only one member group provides it; returns whether it was added.
  @discardableResult
  mutating func emit(
    _ kind: EscalationEdge.Kind, to target: EscalationNode, _ capabilities: [Capability],
    _ set: CapabilitySet, namespace: String? = nil, detail: String? = nil,
    extra: [CapabilitySet.Provider] = [], _ source: EdgeSource
  ) -> Bool {
    let providers = capabilities.compactMap { set.provider($0) } + extra
    if let first = providers.first?.via, first.kind == .group,
      source.memberGroups.contains(first.name), providers.allSatisfy({ $0.via == first })
    {
      return false
    }
    let edge = EscalationEdge(
      target: node(target), kind: kind, capabilities: capabilities, providers: providers,
      namespace: namespace, detail: detail)
    add(edge, from: source.index, unique: true)
    return true
  }

  /// The capability that reveals secret contents in bulk, if any.
  func secretReader(_ set: CapabilitySet) -> Capability? {
    if set[.listSecrets].isAll { return .listSecrets }
    if set[.getSecrets].isAll { return .getSecrets }
    return nil
  }

  /// The capability that creates pods everywhere it applies, if any.
  func podCreator(_ set: CapabilitySet) -> Capability? {
    if set[.createPods].isAll { return .createPods }
    if set[.createWorkloads].isAll { return .createWorkloads }
    return nil
  }

  /// The capability that creates or rewrites pods in one namespace, if any.
  func podCreator(_ set: CapabilitySet, in ns: String) -> Capability? {
    if let cap = podCreator(set) { return cap }
    let names = set[.updateWorkloads]
    guard names.isAllowed, let existing = facts.controllers[ns] else { return nil }
    return existing.contains(where: names.contains) ? .updateWorkloads : nil
  }

  // MARK: Cluster-wide grants

  /// Edges from ClusterRoleBinding grants (or a role held cluster-wide).
  mutating func deriveCluster(_ c: CapabilitySet, held: [HeldRole], _ source: EdgeSource) {
    if c[.wildcard].isAllowed, emit(.wildcard, to: .admin, [.wildcard], c, source) { return }
    deriveWorkloads(c, source)
    deriveSecrets(c, source)
    deriveTakeovers(c, source)
    deriveClusterEscalations(c, held: held, source)
    deriveImpersonation(c, source)
    if c[.createCSRs].isAll, c[.approveCSRs].isAllowed,
      c[.approveSigners].contains("kubernetes.io/kube-apiserver-client")
        || c[.approveSigners].contains("kubernetes.io/*")
    {
      emit(.csr, to: .admin, [.createCSRs, .approveCSRs, .approveSigners], c, source)
    }
    let webhooks = c[.writeWebhooks]
    if assumptions.webhooksReachable,
      webhooks.isAll || facts.webhookConfigurations.contains(where: webhooks.contains)
    {
      emit(.webhook, to: .admin, [.writeWebhooks], c, source)
    }
    if c[.updateConfigMaps].contains("aws-auth"),
      facts.hasAWSAuth || !assumptions.cloudPathsNeedObjects
    {
      emit(.awsAuth, to: .admin, [.updateConfigMaps], c, source)
    }
  }

  private mutating func deriveSecrets(_ c: CapabilitySet, _ source: EdgeSource) {
    if let reader = secretReader(c) {
      emit(.readSecrets, to: .allTokenSecrets, [reader], c, source)
      if c[.createSecrets].isAll {
        emit(.tokenSecret, to: .allServiceAccounts, [.createSecrets, reader], c, source)
      }
    } else if case .names(let names) = c[.getSecrets] {
      for name in names.sorted() {
        for secret in facts.tokenSecretsByName[name] ?? [] {
          let target = Identity.serviceAccount(secret.serviceAccount, namespace: secret.namespace)
          emit(
            .readNamedSecret, to: .identity(target), [.getSecrets], c, namespace: secret.namespace,
            detail: secret.name, source)
        }
      }
    }
  }

  private mutating func deriveWorkloads(_ c: CapabilitySet, _ source: EdgeSource) {
    if let cap = podCreator(c) {
      emit(.createWorkloads, to: .allServiceAccounts, [cap], c, source)
      if assumptions.podCreationCompromisesNodes, let ns = facts.firstPrivilegedNamespace {
        emit(
          .privilegedPod, to: .anyNode, [cap], c, namespace: ns,
          detail: facts.privilegedPodsAllowed(in: ns), source)
      } else if assumptions.podCreationCompromisesNodes, c[.updateNamespaces].isAll,
        let ns = facts.namespaces.first
      {
        emit(
          .privilegedPod, to: .anyNode, [cap, .updateNamespaces], c, namespace: ns,
          detail: "can relabel the namespace", source)
      }
      if c[.createPersistentVolumes].isAll, c[.createPersistentVolumeClaims].isAll {
        emit(
          .persistentVolume, to: .anyNode,
          [.createPersistentVolumes, .createPersistentVolumeClaims, cap], c, source)
      }
    } else if c[.updateWorkloads].isAllowed {
      let names = c[.updateWorkloads]
      let namespaces =
        names.isAll
        ? facts.controllers.keys.sorted()
        : Array(Set(names.listed.flatMap { facts.controllerNamespaces[$0] ?? [] })).sorted()
      for ns in namespaces {
        emit(
          .createWorkloads, to: .serviceAccountsIn(ns), [.updateWorkloads], c, namespace: ns,
          source)
      }
    }

  }

  /// Exec, tokens, ServiceAccount impersonation and kubelet proxy: taking over identities.
  private mutating func deriveTakeovers(_ c: CapabilitySet, _ source: EdgeSource) {
    switch c[.execPods] {
    case .all: emit(.exec, to: .allPods, [.execPods], c, source)
    case .names(let names):
      for name in names.sorted() {
        for pod in facts.podsByName[name] ?? [] {
          emit(
            .execNamed,
            to: .identity(.serviceAccount(pod.serviceAccount, namespace: pod.namespace)),
            [.execPods], c, namespace: pod.namespace, detail: pod.name, source)
        }
      }
    case .none: break
    }
    for (cap, all, named) in [
      (Capability.createTokens, EscalationEdge.Kind.token, EscalationEdge.Kind.tokenNamed),
      (.impersonateServiceAccounts, .impersonateServiceAccounts, .impersonateServiceAccountNamed),
    ] {
      switch c[cap] {
      case .all: emit(all, to: .allServiceAccounts, [cap], c, source)
      case .names(let names):
        for account in names.sorted() {
          for ns in facts.serviceAccountNamespaces[account] ?? [] {
            emit(
              named, to: .identity(.serviceAccount(account, namespace: ns)), [cap], c,
              namespace: ns, source)
          }
        }
      case .none: break
      }
    }
    let proxy = c[.nodesProxy]
    if proxy.isAllowed {
      for node in facts.nodes where proxy.contains(node) && facts.podsOnNode[node] != nil {
        emit(.nodeProxy, to: .podsOnNode(node), [.nodesProxy], c, detail: node, source)
      }
    }
  }

  /// escalate (P8) on held ClusterRoles and bind (P9) through new cluster-wide bindings.
  private mutating func deriveClusterEscalations(
    _ c: CapabilitySet, held: [HeldRole], _ source: EdgeSource
  ) {
    for role in held where role.role.kind == "ClusterRole" {
      guard c[.escalateClusterRoles].contains(role.role.name),
        c[.updateClusterRoles].contains(role.role.name)
      else { continue }
      let target: EscalationNode = role.namespace.map { .namespaceAdmin($0) } ?? .admin
      emit(
        .escalate, to: target, [.escalateClusterRoles, .updateClusterRoles], c,
        namespace: role.namespace, detail: role.role.description, extra: [role.provider], source)
    }
    let bindable = c[.bindClusterRoles]
    guard bindable.isAllowed else { return }
    let clusterBinding = c[.createClusterRoleBindings].isAll
    let everywhere = c[.createRoleBindings].isAll
    guard clusterBinding || everywhere else { return }
    for name in clusterRoleNames(bindable) {
      let key = ObjectKey(kind: "ClusterRole", namespace: nil, name: name)
      let set = capabilities(ofRole: key)
      guard !set.isEmpty else { continue }
      if clusterBinding {
        let target: EscalationNode =
          set[.wildcard].isAllowed ? .admin : .holder(role: key, scope: .cluster)
        emit(
          .bind, to: target, [.bindClusterRoles, .createClusterRoleBindings], c,
          detail: key.description, source)
      } else {
        emit(
          .bind, to: .holder(role: key, scope: .everyNamespace),
          [.bindClusterRoles, .createRoleBindings], c, detail: key.description, source)
      }
    }
  }

  /// The ClusterRoles a name set allows, sorted.
  func clusterRoleNames(_ names: NameSet) -> [String] {
    switch names {
    case .none: []
    case .all: policy.clusterRoleRules.keys.sorted()
    case .names(let listed): listed.filter { policy.clusterRoleRules[$0] != nil }.sorted()
    }
  }

  private mutating func deriveImpersonation(_ c: CapabilitySet, _ source: EdgeSource) {
    let userCap: Capability? =
      c[.impersonateUsers].isAllowed
      ? .impersonateUsers
      : (c[.impersonateServiceAccounts].isAllowed ? .impersonateServiceAccounts : nil)
    let groups = c[.impersonateGroups]
    if let userCap, groups.contains(RequestUser.mastersGroup) {
      emit(.impersonateMasters, to: .admin, [.impersonateGroups, userCap], c, source)
      return
    }
    switch c[.impersonateUsers] {
    case .all: emit(.impersonateUsers, to: .anyUser, [.impersonateUsers], c, source)
    case .names(let names):
      for name in names.sorted() where !name.hasPrefix(RequestUser.serviceAccountPrefix) {
        emit(.impersonateUser, to: .identity(.user(name)), [.impersonateUsers], c, source)
      }
    case .none: break
    }
    guard let userCap, groups.isAllowed else { return }
    let names = groups.isAll ? knownGroupNames : groups.listed
    for name in names {
      emit(
        .impersonateGroup, to: .identity(.group(name)), [.impersonateGroups, userCap], c, source)
    }
  }

  // MARK: Namespace grants

  /// Edges from the RoleBinding grants of one namespace (combined with cluster-wide ones).
  mutating func deriveNamespace(
    _ ns: String, local: CapabilitySet, cluster c: CapabilitySet, held: [HeldRole],
    _ source: EdgeSource
  ) {
    if local[.wildcard].isAllowed,
      emit(.namespaceWildcard, to: .namespaceAdmin(ns), [.wildcard], local, namespace: ns, source)
    {
      return
    }
    let u = local.union(c)
    deriveNamespaceWorkloads(ns, u: u, c: c, source)
    if let reader = secretReader(u), secretReader(c) == nil {
      emit(.readSecrets, to: .tokenSecretsIn(ns), [reader], u, namespace: ns, source)
      if u[.createSecrets].isAll {
        emit(
          .tokenSecret, to: .serviceAccountsIn(ns), [.createSecrets, reader], u, namespace: ns,
          source)
      }
    } else if case .names(let names) = local[.getSecrets] {
      for secret in facts.tokenSecrets[ns] ?? [] where names.contains(secret.name) {
        emit(
          .readNamedSecret, to: .identity(.serviceAccount(secret.serviceAccount, namespace: ns)),
          [.getSecrets], u, namespace: ns, detail: secret.name, source)
      }
    }
    deriveNamespaceTakeovers(ns, local: local, u: u, c: c, source)
    for role in held where role.namespace == ns && role.role.kind == "Role" {
      guard u[.escalateRoles].contains(role.role.name), u[.updateRoles].contains(role.role.name)
      else { continue }
      emit(
        .escalate, to: .namespaceAdmin(ns), [.escalateRoles, .updateRoles], u, namespace: ns,
        detail: role.role.description, extra: [role.provider], source)
    }
    deriveNamespaceBindings(ns, u: u, c: c, source)
    if ns == "kube-system", u[.updateConfigMaps].contains("aws-auth"),
      !c[.updateConfigMaps].contains("aws-auth"),
      facts.hasAWSAuth || !assumptions.cloudPathsNeedObjects
    {
      emit(.awsAuth, to: .admin, [.updateConfigMaps], u, namespace: ns, source)
    }
  }

  private mutating func deriveNamespaceWorkloads(
    _ ns: String, u: CapabilitySet, c: CapabilitySet, _ source: EdgeSource
  ) {
    guard let cap = podCreator(u, in: ns) else { return }
    if podCreator(c, in: ns) == nil {
      emit(.createWorkloads, to: .serviceAccountsIn(ns), [cap], u, namespace: ns, source)
    }
    if assumptions.podCreationCompromisesNodes {
      if let why = facts.privilegedPodsAllowed(in: ns) {
        emit(.privilegedPod, to: .anyNode, [cap], u, namespace: ns, detail: why, source)
      } else if u[.updateNamespaces].contains(ns) {
        emit(
          .privilegedPod, to: .anyNode, [cap, .updateNamespaces], u, namespace: ns,
          detail: "can relabel the namespace", source)
      }
    }
    if c[.createPersistentVolumes].isAll, u[.createPersistentVolumeClaims].isAll {
      emit(
        .persistentVolume, to: .anyNode,
        [.createPersistentVolumes, .createPersistentVolumeClaims, cap], u, namespace: ns, source)
    }
  }

  private mutating func deriveNamespaceTakeovers(
    _ ns: String, local: CapabilitySet, u: CapabilitySet, c: CapabilitySet, _ source: EdgeSource
  ) {
    if u[.execPods].isAll, !c[.execPods].isAll {
      emit(.exec, to: .podsIn(ns), [.execPods], u, namespace: ns, source)
    } else if case .names(let names) = local[.execPods] {
      for pod in facts.pods[ns] ?? [] where names.contains(pod.name) {
        emit(
          .execNamed, to: .identity(.serviceAccount(pod.serviceAccount, namespace: ns)),
          [.execPods], u, namespace: ns, detail: pod.name, source)
      }
    }
    for (cap, all, named) in [
      (Capability.createTokens, EscalationEdge.Kind.token, EscalationEdge.Kind.tokenNamed),
      (.impersonateServiceAccounts, .impersonateServiceAccounts, .impersonateServiceAccountNamed),
    ] {
      if u[cap].isAll, !c[cap].isAll {
        emit(all, to: .serviceAccountsIn(ns), [cap], u, namespace: ns, source)
      } else if case .names(let names) = local[cap] {
        for account in facts.serviceAccounts[ns] ?? [] where names.contains(account) {
          emit(
            named, to: .identity(.serviceAccount(account, namespace: ns)), [cap], u,
            namespace: ns, source)
        }
      }
    }
  }

  private mutating func deriveNamespaceBindings(
    _ ns: String, u: CapabilitySet, c: CapabilitySet, _ source: EdgeSource
  ) {
    guard u[.createRoleBindings].isAll, !source.holdsEverything else { return }
    let clusterWide = c[.createRoleBindings].isAll
    if u[.bindClusterRoles].isAllowed, !(clusterWide && c[.bindClusterRoles].isAllowed) {
      for name in clusterRoleNames(u[.bindClusterRoles]) {
        bindInNamespace(
          ObjectKey(kind: "ClusterRole", namespace: nil, name: name), ns, u, .bindClusterRoles,
          source)
      }
    }
    let roles = u[.bindRoles]
    if roles.isAllowed {
      for name in (policy.roleRules[ns] ?? [:]).keys.sorted() where roles.contains(name) {
        bindInNamespace(
          ObjectKey(kind: "Role", namespace: ns, name: name), ns, u, .bindRoles, source)
      }
    }
  }

  private mutating func bindInNamespace(
    _ key: ObjectKey, _ ns: String, _ u: CapabilitySet, _ cap: Capability, _ source: EdgeSource
  ) {
    let set = capabilities(ofRole: key).inNamespace
    guard !set.isEmpty else { return }
    let target: EscalationNode =
      set[.wildcard].isAllowed ? .namespaceAdmin(ns) : .holder(role: key, scope: .namespace(ns))
    emit(
      .bind, to: target, [cap, .createRoleBindings], u, namespace: ns, detail: key.description,
      source)
  }
}

import KubeModel

/// The RBAC findings of a snapshot against ``RBACRules``.
public enum RBACFindings {
  /// Roles granted to system:authenticated / unauthenticated by default.
  static let defaultDiscoveryRoles: Set<String> = [
    "system:basic-user", "system:discovery", "system:public-info-viewer",
  ]

  /// Analyses a snapshot (optionally with a membership map) and returns its RBAC findings.
  ///
  /// - Complexity: that of ``EffectiveAdmins`` plus O(*b* · *r*) over bindings and rules.
  public static func findings(for snapshot: Snapshot, membership: GroupMembership = .empty)
    -> [Finding]
  {
    let policy = RBACPolicy(snapshot: snapshot, membership: membership)
    return findings(policy: policy, admins: EffectiveAdmins(policy: policy, snapshot: snapshot))
  }

  /// The findings of an analysed policy, sorted by target then rule.
  ///
  /// - Complexity: O(*b* · *r*) over bindings and their rules, plus the admins.
  public static func findings(policy: RBACPolicy, admins: EffectiveAdmins) -> [Finding] {
    var out = adminFindings(admins)
    for entry in policy.bindings { out += bindingFindings(entry) }
    out += invalidRuleFindings(policy)
    return out.sorted { ($0.target, $0.rule, $0.message) < ($1.target, $1.rule, $1.message) }
  }

  private static func adminFindings(_ admins: EffectiveAdmins) -> [Finding] {
    admins.admins.filter { $0.category != .systemAndControllers }.map { admin in
      let rule =
        admin.how == .direct ? RBACRules.effectiveClusterAdmin : RBACRules.escalationToClusterAdmin
      let how = admin.paths.first?.summary ?? ""
      return Finding(
        rule, target: target(admin.identity),
        message: "\(admin.identity) is effectively cluster-admin (\(admin.how.rawValue)): \(how)")
    }
  }

  private static func bindingFindings(_ entry: ResolvedBinding) -> [Finding] {
    let binding = entry.binding
    let target = FindingTarget(entry.key)
    let subjects = binding.subjects.map(\.description).joined(separator: ", ")
    guard let rules = entry.rules else {
      return [
        Finding(
          RBACRules.danglingBinding, target: target,
          message:
            "\(entry.key) → \(entry.roleKey): \(entry.problem ?? "role missing"); latent grant to \(subjects)"
        )
      ]
    }
    var out: [Finding] = []
    let isDefault = binding.metadata.labels["kubernetes.io/bootstrapping"] == "rbac-defaults"
    let grant = "\(entry.key) → \(entry.roleKey)"
    let onlyMasters = binding.subjects.allSatisfy {
      $0.kind == "Group" && $0.name == RequestUser.mastersGroup
    }
    if !isDefault && !onlyMasters {
      if rules.contains(where: { $0.verbs.contains("*") || $0.resources.contains("*") }) {
        out.append(
          Finding(
            RBACRules.wildcardGrant, target: target,
            message: "\(grant) grants wildcard rules to \(subjects)"))
      }
      let verbs = ["escalate", "bind", "impersonate"].filter { verb in
        rules.contains { $0.verbs.contains(verb) }
      }
      if !verbs.isEmpty {
        out.append(
          Finding(
            RBACRules.escalationVerbs, target: target,
            message: "\(grant) grants \(verbs.joined(separator: ", ")) to \(subjects)"))
      }
      let reads = rules.contains {
        !$0.verbs.contains("*") && !$0.resources.contains("*")
          && (Capability.listSecrets.names(allowedBy: $0).isAllowed
            || Capability.getSecrets.names(allowedBy: $0).isAll)
      }
      if binding.isClusterBinding && stealsPods(rules) {
        out.append(
          Finding(
            RBACRules.podStealing, target: target,
            message: "\(grant) lets \(subjects) evict or delete pods and update nodes"))
      }
      if reads {
        out.append(
          Finding(
            RBACRules.secretReaders, target: target,
            message: "\(grant) lets \(subjects) read secrets"))
      }
    }
    out += subjectFindings(entry, grant: grant, target: target, isDefault: isDefault)
    if !binding.isClusterBinding, rules.contains(where: RBACPolicy.isIneffectiveInNamespace) {
      out.append(
        Finding(
          RBACRules.ineffectiveNamespaceGrant, target: target,
          message: "\(grant) lists cluster-scoped resources or URLs a RoleBinding cannot grant"))
    }
    return out
  }

  /// Pod deletion or eviction in kube-system plus node updates, without a wildcard (P17).
  static func stealsPods(_ rules: [PolicyRule]) -> Bool {
    func allows(_ verb: String, _ resource: String, _ ns: String) -> Bool {
      rules.contains {
        !$0.verbs.contains("*")
          && RuleMatcher.allows(
            $0, AccessRequest(verb: verb, combinedResource: resource, namespace: ns))
      }
    }
    let evicts =
      allows("delete", "pods", "kube-system") || allows("create", "pods/eviction", "kube-system")
    let nodes =
      allows("update", "nodes", "") || allows("patch", "nodes", "")
      || allows("update", "nodes/status", "") || allows("patch", "nodes/status", "")
    return evicts && nodes
  }

  private static func subjectFindings(
    _ entry: ResolvedBinding, grant: String, target: FindingTarget, isDefault: Bool
  ) -> [Finding] {
    var out: [Finding] = []
    let discovery =
      defaultDiscoveryRoles.contains(entry.roleKey.name) && entry.roleKey.kind == "ClusterRole"
    for subject in entry.binding.subjects {
      switch (subject.kind, subject.name) {
      case ("Group", RequestUser.unauthenticatedGroup), ("User", RequestUser.anonymousName):
        if !(discovery && entry.roleKey.name == "system:public-info-viewer") {
          out.append(
            Finding(
              RBACRules.anonymousGrant, target: target, message: "\(grant) grants to \(subject)"))
        }
      case ("Group", RequestUser.authenticatedGroup) where !discovery:
        out.append(
          Finding(
            RBACRules.authenticatedGrant, target: target, message: "\(grant) grants to \(subject)"))
      case ("ServiceAccount", "default"):
        let ns = subject.namespace ?? entry.namespace ?? ""
        out.append(
          Finding(
            RBACRules.defaultServiceAccountBound, target: target,
            message: "\(grant) grants to ServiceAccount \(ns)/default"))
      default: continue
      }
    }
    return out
  }

  private static func invalidRuleFindings(_ policy: RBACPolicy) -> [Finding] {
    var roles: [(ObjectKey, [PolicyRule])] = policy.clusterRoleRules.map {
      (ObjectKey(kind: "ClusterRole", namespace: nil, name: $0.key), $0.value)
    }
    for (ns, byName) in policy.roleRules {
      roles += byName.map { (ObjectKey(kind: "Role", namespace: ns, name: $0.key), $0.value) }
    }
    return roles.flatMap { key, rules in
      rules.enumerated().compactMap { index, rule in
        RuleValidation.problem(rule).map {
          Finding(
            RBACRules.invalidRule, target: FindingTarget(key),
            message: "\(key) rule \(index): \($0)",
            fieldPath: "rules[\(index)]")
        }
      }
    }
  }

  /// The finding target for an identity.
  static func target(_ identity: Identity) -> FindingTarget {
    FindingTarget(kind: identity.kind.rawValue, namespace: identity.namespace, name: identity.name)
  }
}

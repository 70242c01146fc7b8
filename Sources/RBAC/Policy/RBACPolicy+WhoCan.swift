import KubeModel

extension RBACPolicy {
  /// Who can make `request`, as the subject locator answers it (`AllowedSubjects`), each
  /// subject with every granting binding, role and rule.
  ///
  /// A request on a cluster-scoped resource (other than a namespace's own object) is asked
  /// at namespace `""`: a RoleBinding never grants it. Verb and namespace `*` are literal.
  ///
  /// - Complexity: O(*R* · *r* + *b* · *s*): each role is evaluated once, each visited binding
  ///   once.
  public func whoCan(_ request: AccessRequest) -> WhoCanResult {
    let evaluated = ResourceScope.normalized(request)
    let note =
      evaluated == request
      ? nil
      : "\(request.combinedResource) is cluster-scoped: only ClusterRoleBindings grant it"
    var order: [Identity] = [.group(RequestUser.mastersGroup)]
    var via: [Identity: [Grant]] = [.group(RequestUser.mastersGroup): []]
    var unresolved: [ResolvedBinding] = []
    var memo: [ObjectKey: PolicyRule?] = [:]
    var visit = clusterBindingIndices
    if !evaluated.namespace.isEmpty {
      visit += namespaceBindingIndices[evaluated.namespace] ?? []
    }
    for index in visit {
      let entry = bindings[index]
      guard let rules = entry.rules else {
        unresolved.append(entry)
        continue
      }
      let rule: PolicyRule?
      if let cached = memo[entry.roleKey] {
        rule = cached
      } else {
        rule = rules.first { RuleMatcher.allows($0, evaluated) }
        memo[entry.roleKey] = rule
      }
      guard let rule else { continue }
      for subject in entry.binding.subjects {
        guard let identity = Identity(subject: subject, bindingNamespace: entry.namespace)
        else { continue }
        let grant = Grant(binding: entry.key, role: entry.roleKey, rule: rule, subject: identity)
        if via[identity] == nil { order.append(identity) }
        if via[identity]?.contains(grant) != true { via[identity, default: []].append(grant) }
      }
    }
    let masters = Identity.group(RequestUser.mastersGroup)
    let subjects = order.map { identity in
      var grants = via[identity] ?? []
      if identity == masters {
        grants = (bindingsBySubject[masters] ?? []).compactMap { index in
          let entry = bindings[index]
          guard entry.namespace == nil, let rule = entry.rules?.first else { return nil }
          return Grant(binding: entry.key, role: entry.roleKey, rule: rule, subject: masters)
        }
      }
      return WhoCanSubject(identity: identity, via: grants, isPrivilegedGroup: identity == masters)
    }
    return WhoCanResult(
      request: evaluated, subjects: subjects, unresolved: unresolved, note: note)
  }
}

import KubeModel

extension RBACPolicy {
  /// The effective permissions of an identity (implicit and mapped groups included).
  ///
  /// - Complexity: O(*k* · *r*) for the *k* applicable bindings of *r* rules.
  public func permissions(for identity: Identity) -> EffectivePermissions {
    let user = RequestUser.forIdentity(identity, membership: membership)
    var clusterWide: [Grant] = []
    var byNamespace: [String: EffectivePermissions.NamespaceGrants] = [:]
    var latent: [ResolvedBinding] = []
    for (index, via) in applicableBindings(for: user) {
      let entry = bindings[index]
      guard let rules = entry.rules else {
        latent.append(entry)
        continue
      }
      let grants = rules.map {
        Grant(binding: entry.key, role: entry.roleKey, rule: $0, subject: via)
      }
      guard let ns = entry.namespace else {
        clusterWide += grants
        continue
      }
      var bucket =
        byNamespace[ns]
        ?? EffectivePermissions.NamespaceGrants(
          namespace: ns, grants: [], ineffective: [])
      for grant in grants {
        if Self.isIneffectiveInNamespace(grant.rule) {
          bucket.ineffective.append(grant)
        } else {
          bucket.grants.append(grant)
        }
      }
      byNamespace[ns] = bucket
    }
    return EffectivePermissions(
      identity: identity, user: user,
      isPrivileged: user.groups.contains(RequestUser.mastersGroup), clusterWide: clusterWide,
      namespaces: byNamespace.values.sorted { $0.namespace < $1.namespace }, latent: latent)
  }

  /// A rule a RoleBinding cannot give: only URLs, or only cluster-scoped resources (`bind` on
  /// clusterroles excepted: it is checked in the namespace of the new RoleBinding).
  static func isIneffectiveInNamespace(_ rule: PolicyRule) -> Bool {
    if rule.resources.isEmpty { return !rule.nonResourceURLs.isEmpty }
    return rule.resources.allSatisfy { resource in
      let base = String(resource.split(separator: "/", maxSplits: 1).first ?? "")
      guard base != "namespaces", base != "*" else { return false }
      if base == "clusterroles" && rule.verbs.contains(where: { $0 == "bind" || $0 == "*" }) {
        return false
      }
      return rule.apiGroups.allSatisfy { group in
        group != "*" && ResourceScope.isClusterScoped(group: group, resource: base)
      }
    }
  }

  /// The members of a group among `identities` (implicit groups and the membership map):
  /// the marked "via group" expansion of a who-can answer.
  ///
  /// - Complexity: O(*n* · *g*).
  public func members(ofGroup group: String, among identities: [Identity]) -> [Identity] {
    identities.filter { identity in
      identity.kind != .group
        && RequestUser.forIdentity(identity, membership: membership).groups.contains(group)
    }
  }

  /// Every identity the policy knows of: subjects of bindings, the groups and users of the
  /// membership map, and `system:masters`, sorted.
  ///
  /// - Complexity: O(*s* log *s*).
  public var knownIdentities: [Identity] {
    var all = Set(bindingsBySubject.keys)
    all.insert(.group(RequestUser.mastersGroup))
    for user in membership.users { all.insert(.user(user)) }
    for group in membership.groups { all.insert(.group(group)) }
    return all.sorted()
  }
}

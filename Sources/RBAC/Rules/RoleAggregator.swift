import KubeModel

/// ClusterRole aggregation as the `clusterroleaggregation` controller computes it, taken to a
/// least fixpoint so that offline manifests (`rules: null`) get their real rules.
public struct RoleAggregator: Sendable {
  /// The effective rules of every ClusterRole, by name.
  public let rulesByName: [String: [PolicyRule]]
  /// Aggregated roles whose stored rules differ from the computed ones (live drift).
  public let drift: [String]
  /// Aggregated roles that take part in an aggregation cycle.
  public let cycles: [String]

  /// Aggregates `clusterRoles` to a fixpoint.
  ///
  /// Aggregated roles start empty; each round replaces their rules by the deduplicated
  /// concatenation (sources sorted by name, the role itself skipped) of the current rules of
  /// the roles their selectors match, until nothing changes. When a role's stored rules are
  /// non-empty and differ from the result (a live snapshot that drifted), the union is used.
  ///
  /// - Complexity: O(*a* · *n*) selector matches for *a* aggregated roles among *n*, plus
  ///   O(*a* · *r*) per round.
  public init(clusterRoles: [ClusterRole]) {
    var rules: [String: [PolicyRule]] = [:]
    var sources: [String: [String]] = [:]
    let sorted = clusterRoles.sorted { $0.metadata.name < $1.metadata.name }
    for role in sorted {
      let name = role.metadata.name
      guard let aggregation = role.aggregationRule else {
        rules[name] = role.rules
        continue
      }
      rules[name] = []
      sources[name] = sorted.filter { other in
        other.metadata.name != name
          && aggregation.clusterRoleSelectors.contains { $0.matches(other.metadata.labels) }
      }.map(\.metadata.name)
    }
    var changed = true
    var rounds = 0
    while changed && rounds <= sources.count + 1 {
      changed = false
      rounds += 1
      for (name, from) in sources.sorted(by: { $0.key < $1.key }) {
        let next = Self.concatenate(from.map { rules[$0] ?? [] })
        if next != rules[name] {
          rules[name] = next
          changed = true
        }
      }
    }
    var drift: [String] = []
    for role in sorted where role.aggregationRule != nil && !role.rules.isEmpty {
      let name = role.metadata.name
      let computed = rules[name] ?? []
      if Set(computed) != Set(role.rules) {
        drift.append(name)
        rules[name] = Self.concatenate([computed, role.rules])
      }
    }
    self.rulesByName = rules
    self.drift = drift
    self.cycles = Self.findCycles(sources)
  }

  /// The controller's result for one role: the rules of the roles its selectors match (sorted
  /// by name, itself skipped), concatenated without deep-equal duplicates.
  ///
  /// - Complexity: O(*n* · *s* + *r*) for *n* roles, *s* selectors and *r* rules.
  public static func aggregate(_ role: ClusterRole, among roles: [ClusterRole]) -> [PolicyRule] {
    guard let aggregation = role.aggregationRule else { return role.rules }
    let sources = roles.filter { other in
      other.metadata.name != role.metadata.name
        && aggregation.clusterRoleSelectors.contains { $0.matches(other.metadata.labels) }
    }.sorted { $0.metadata.name < $1.metadata.name }
    return concatenate(sources.map(\.rules))
  }

  private static func concatenate(_ lists: [[PolicyRule]]) -> [PolicyRule] {
    var seen = Set<PolicyRule>()
    var out: [PolicyRule] = []
    for list in lists {
      for rule in list where seen.insert(rule).inserted { out.append(rule) }
    }
    return out
  }

  private static func findCycles(_ sources: [String: [String]]) -> [String] {
    sources.keys.filter { start in
      var stack = sources[start] ?? []
      var seen = Set<String>()
      while let next = stack.popLast() {
        if next == start { return true }
        if seen.insert(next).inserted { stack += sources[next] ?? [] }
      }
      return false
    }.sorted()
  }
}

import KubeModel

/// `Covers(owner, servant)`: whether one set of rules grants everything another grants, as the
/// escalation check decides it (component-helpers `policy_comparator.go`).
public enum PolicyComparator {
  /// The outcome: covered or not, and the servant atoms no owner rule covers.
  public struct Coverage: Sendable, Hashable {
    /// `true` when every atom is covered.
    public var covered: Bool { uncovered.isEmpty }
    /// The uncovered atoms: single group/resource/verb(/name) rules, or url/verb rules.
    public var uncovered: [PolicyRule]
  }

  /// Checks that every atom of `servant` is covered by one rule of `owner`.
  ///
  /// - Complexity: O(*a* · *o*) for *a* servant atoms and *o* owner rules.
  public static func covers(owner: [PolicyRule], servant: [PolicyRule]) -> Coverage {
    let atoms = servant.flatMap(breakdown)
    return Coverage(uncovered: atoms.filter { atom in !owner.contains { covers($0, atom) } })
  }

  /// Splits a rule into atoms: one per (group, resource, verb[, name]) and per (url, verb).
  ///
  /// - Complexity: O(*g* · *r* · *v* · *n* + *u* · *v*) in the rule's list lengths.
  public static func breakdown(_ rule: PolicyRule) -> [PolicyRule] {
    var atoms: [PolicyRule] = []
    for group in rule.apiGroups {
      for resource in rule.resources {
        for verb in rule.verbs {
          if rule.resourceNames.isEmpty {
            atoms.append(PolicyRule(verbs: [verb], apiGroups: [group], resources: [resource]))
          } else {
            for name in rule.resourceNames {
              atoms.append(
                PolicyRule(
                  verbs: [verb], apiGroups: [group], resources: [resource], resourceNames: [name]))
            }
          }
        }
      }
    }
    for url in rule.nonResourceURLs {
      for verb in rule.verbs { atoms.append(PolicyRule(verbs: [verb], nonResourceURLs: [url])) }
    }
    return atoms
  }

  /// Whether one owner rule covers one atom (`ruleCovers`).
  static func covers(_ owner: PolicyRule, _ atom: PolicyRule) -> Bool {
    let all = RuleMatcher.all
    let verbs = owner.verbs.contains(all) || atom.verbs.allSatisfy(owner.verbs.contains)
    let groups =
      owner.apiGroups.contains(all) || atom.apiGroups.allSatisfy(owner.apiGroups.contains)
    let names =
      owner.resourceNames.isEmpty
      || (!atom.resourceNames.isEmpty
        && atom.resourceNames.allSatisfy(owner.resourceNames.contains))
    return verbs && groups && names && resourcesCover(owner.resources, atom.resources)
      && atom.nonResourceURLs.allSatisfy { url in
        owner.nonResourceURLs.contains { RuleMatcher.urlMatches($0, url) }
      }
  }

  private static func resourcesCover(_ owner: [String], _ wanted: [String]) -> Bool {
    if owner.contains(RuleMatcher.all) { return true }
    return wanted.allSatisfy { path in
      if owner.contains(path) { return true }
      guard let slash = path.firstIndex(of: "/") else { return false }
      return owner.contains("*/" + path[path.index(after: slash)...])
    }
  }
}

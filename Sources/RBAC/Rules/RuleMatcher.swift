import KubeModel

/// Rule matching exactly as the RBAC authorizer does it (`RuleAllows` and its helpers).
public enum RuleMatcher {
  /// `*` in verbs, apiGroups, resources and nonResourceURLs.
  public static let all = "*"

  /// `true` when `rule` allows `request`: verb ∧ group ∧ resource ∧ name for resource
  /// requests, verb ∧ URL for non-resource requests.
  ///
  /// - Complexity: O(*n*) in the length of the rule's lists.
  public static func allows(_ rule: PolicyRule, _ request: AccessRequest) -> Bool {
    guard verbMatches(rule, request.verb) else { return false }
    guard let path = request.path else {
      return apiGroupMatches(rule, request.apiGroup)
        && resourceMatches(rule, request.combinedResource, subresource: request.subresource)
        && resourceNameMatches(rule, request.name)
    }
    return nonResourceURLMatches(rule, path)
  }

  /// `*` or the exact verb.
  public static func verbMatches(_ rule: PolicyRule, _ verb: String) -> Bool {
    rule.verbs.contains { $0 == all || $0 == verb }
  }

  /// `*` or the exact group.
  public static func apiGroupMatches(_ rule: PolicyRule, _ group: String) -> Bool {
    rule.apiGroups.contains { $0 == all || $0 == group }
  }

  /// `*`, the exact `resource[/subresource]`, or — only for a request with a subresource —
  /// exactly `*/<subresource>`.
  public static func resourceMatches(
    _ rule: PolicyRule, _ combinedResource: String, subresource: String
  ) -> Bool {
    resourceMatches(rule.resources, combinedResource, subresource: subresource)
  }

  /// ``resourceMatches(_:_:subresource:)`` on a bare list of rule resources.
  public static func resourceMatches(
    _ resources: [String], _ combinedResource: String, subresource: String
  ) -> Bool {
    for entry in resources {
      if entry == all || entry == combinedResource { return true }
      if subresource.isEmpty { continue }
      if entry.count == subresource.count + 2 && entry.hasPrefix("*/")
        && entry.hasSuffix(subresource)
      {
        return true
      }
    }
    return false
  }

  /// An empty list matches every name (and no name); otherwise the name must be listed.
  public static func resourceNameMatches(_ rule: PolicyRule, _ name: String) -> Bool {
    rule.resourceNames.isEmpty || rule.resourceNames.contains(name)
  }

  /// `*`, the exact URL, or a prefix match for an entry ending in `*` (all trailing `*`
  /// trimmed).
  public static func nonResourceURLMatches(_ rule: PolicyRule, _ path: String) -> Bool {
    rule.nonResourceURLs.contains { urlMatches($0, path) }
  }

  /// One URL entry against a path (shared with the coverage check).
  static func urlMatches(_ entry: String, _ path: String) -> Bool {
    if entry == all || entry == path { return true }
    guard entry.hasSuffix("*") else { return false }
    var prefix = Substring(entry)
    while prefix.hasSuffix("*") { prefix = prefix.dropLast() }
    return path.hasPrefix(prefix)
  }
}

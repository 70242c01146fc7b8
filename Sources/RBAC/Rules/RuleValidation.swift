import KubeModel

/// The shape checks the upstream rule builder applies; kbaseline evaluates invalid rules
/// literally and reports the problems as lint.
public enum RuleValidation {
  /// Why a rule is malformed, or `nil` when it is well-formed.
  public static func problem(_ rule: PolicyRule) -> String? {
    if rule.verbs.isEmpty { return "rule has no verbs" }
    let hasResources = !rule.resources.isEmpty
    let hasURLs = !rule.nonResourceURLs.isEmpty
    if hasResources && hasURLs { return "rule mixes resources and nonResourceURLs" }
    if hasURLs {
      if !rule.apiGroups.isEmpty || !rule.resourceNames.isEmpty {
        return "nonResourceURLs rule has apiGroups or resourceNames"
      }
      return nil
    }
    guard hasResources else { return "rule has neither resources nor nonResourceURLs" }
    if rule.apiGroups.isEmpty { return "resource rule has no apiGroups" }
    if !rule.resourceNames.isEmpty {
      let nameless = ["list", "watch", "create", "deletecollection"]
      if let verb = rule.verbs.first(where: nameless.contains) {
        return "resourceNames cannot restrict \(verb)"
      }
    }
    return nil
  }
}

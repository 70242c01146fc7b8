import KubeModel

/// Compact text for rules: `get,list pods,services` or `get /healthz`.
public enum RuleText {
  /// One line for a rule: verbs, resources (with groups when not core), names, URLs.
  public static func summary(_ rule: PolicyRule) -> String {
    let verbs = rule.verbs.joined(separator: ",")
    if rule.resources.isEmpty {
      return "\(verbs) urls \(rule.nonResourceURLs.joined(separator: ","))"
    }
    var text = "\(verbs) \(rule.resources.joined(separator: ","))"
    let groups = rule.apiGroups.filter { !$0.isEmpty }
    if !groups.isEmpty || rule.apiGroups.isEmpty {
      text += " [" + rule.apiGroups.map { $0.isEmpty ? "core" : $0 }.joined(separator: ",") + "]"
    }
    if !rule.resourceNames.isEmpty { text += " names=" + rule.resourceNames.joined(separator: ",") }
    return text
  }
}

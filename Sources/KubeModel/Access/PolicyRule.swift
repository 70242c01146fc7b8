/// One rule of a Role or ClusterRole (`rbac/v1.PolicyRule`), kept exactly as written.
public struct PolicyRule: Codable, Sendable, Hashable {
  /// Verbs, for example `get`, `list`, `*`.
  @DefaultEmpty public var verbs: [String]
  /// API groups; `""` is the core group, `*` any group.
  @DefaultEmpty public var apiGroups: [String]
  /// Resources, with `resource/subresource` forms and `*`.
  @DefaultEmpty public var resources: [String]
  /// Object names the rule is limited to; empty means all names.
  @DefaultEmpty public var resourceNames: [String]
  /// Non-resource URLs such as `/healthz` or `/api/*` (cluster bindings only).
  @DefaultEmpty public var nonResourceURLs: [String]

  /// Creates a rule.
  public init(
    verbs: [String], apiGroups: [String] = [], resources: [String] = [],
    resourceNames: [String] = [], nonResourceURLs: [String] = []
  ) {
    self.verbs = verbs
    self.apiGroups = apiGroups
    self.resources = resources
    self.resourceNames = resourceNames
    self.nonResourceURLs = nonResourceURLs
  }
}

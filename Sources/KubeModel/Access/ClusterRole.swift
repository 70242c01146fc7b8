/// A ClusterRole (`rbac/v1.ClusterRole`), possibly aggregated from others.
public struct ClusterRole: Codable, Sendable, Hashable {
  /// The role's metadata (labels matter for aggregation).
  public var metadata: ObjectMeta
  /// The rules as written (manifests of aggregated roles carry `rules: null`).
  @DefaultEmpty public var rules: [PolicyRule]
  /// The aggregation rule: the rules of every ClusterRole matching a selector are added.
  public var aggregationRule: AggregationRule?

  /// Creates a ClusterRole.
  public init(metadata: ObjectMeta, rules: [PolicyRule], aggregationRule: AggregationRule? = nil) {
    self.metadata = metadata
    self.rules = rules
    self.aggregationRule = aggregationRule
  }

  /// The selectors of an aggregated ClusterRole.
  public struct AggregationRule: Codable, Sendable, Hashable {
    /// ClusterRoles whose labels match any selector contribute their rules.
    @DefaultEmpty public var clusterRoleSelectors: [LabelSelector]

    /// Creates an aggregation rule.
    public init(clusterRoleSelectors: [LabelSelector]) {
      self.clusterRoleSelectors = clusterRoleSelectors
    }
  }
}

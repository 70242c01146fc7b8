import KubeModel

/// One effective cluster-admin: who, how, in which group, and the paths that prove it.
public struct AdminEntry: Sendable, Hashable {
  /// The identity.
  public var identity: Identity
  /// Direct or through escalation.
  public var how: AdminHow
  /// The presentation group.
  public var category: AdminCategory
  /// The tier of spec §12: 0 built-in, 1 control plane, 2 platform, 3 user-defined.
  public var tier: Int
  /// The shortest paths, first the one that decides ``how``, then alternatives (capped).
  public var paths: [AdminPath]
  /// How many distinct first steps lead to cluster-admin.
  public var pathCount: Int
  /// For a direct `*/*/*` holder: whether non-resource URLs are covered too.
  public var coversNonResourceURLs: Bool?
  /// Workloads running as this ServiceAccount (its blast radius).
  public var workloads: [ObjectKey]
}

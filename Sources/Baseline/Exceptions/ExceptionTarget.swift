import KubeModel

/// What an exception covers: a finding target (workload, namespace, binding or RBAC subject),
/// optionally one container, with an exact name unless a pattern is asked for explicitly.
public struct ExceptionTarget: Sendable, Hashable {
  /// The target's kind, for example `Deployment`, `ServiceAccount`, `Namespace`.
  public var kind: String
  /// The target's namespace; empty for cluster-scoped targets.
  public var namespace: String
  /// The target's name, or a pattern when ``match`` is not `exact`.
  public var name: String
  /// The container, when only one container is covered.
  public var container: String?
  /// How ``name`` is compared.
  public var match: NameMatch

  /// Creates a target.
  public init(
    kind: String, namespace: String? = nil, name: String, container: String? = nil,
    match: NameMatch = .exact
  ) {
    self.kind = kind
    self.namespace = namespace ?? ""
    self.name = name
    self.container = container
    self.match = match
  }

  /// Whether the target covers a finding's target.
  public func covers(_ target: FindingTarget) -> Bool {
    guard kind == target.kind, namespace == target.namespace else { return false }
    if let container, container != target.container { return false }
    return match.matches(target.name, pattern: name)
  }

  /// Whether the target uses a name pattern (reported as broad).
  public var isBroad: Bool { match != .exact }
}

/// A label selector with exact Kubernetes semantics (`metav1.LabelSelector`).
///
/// - An *empty* selector (`{}`) matches every object.
/// - An *absent* selector is modelled by the caller as `nil`; what it means depends on the
///   field (a NetworkPolicy peer without `namespaceSelector` means "the policy's namespace").
/// - All `matchLabels` entries and all `matchExpressions` must hold (logical AND).
/// - A selector the API server would reject (unknown operator, `In`/`NotIn` without values,
///   `Exists`/`DoesNotExist` with values) selects nothing, as
///   `metav1.LabelSelectorAsSelector` returns an error for it.
public struct LabelSelector: Codable, Sendable, Hashable, CustomStringConvertible {
  /// `matchLabels`: each key must be present with exactly this value.
  public var matchLabels: [String: String]
  /// `matchExpressions`: each requirement must hold.
  public var matchExpressions: [LabelSelectorRequirement]

  /// Creates a selector; the defaults make the empty selector, which matches everything.
  public init(
    matchLabels: [String: String] = [:], matchExpressions: [LabelSelectorRequirement] = []
  ) {
    self.matchLabels = matchLabels
    self.matchExpressions = matchExpressions
  }

  /// The empty selector, which matches every object.
  public static let everything = LabelSelector()

  /// `true` for `{}`: no labels and no expressions.
  public var isEmpty: Bool { matchLabels.isEmpty && matchExpressions.isEmpty }

  /// Why the API server would reject this selector, or `nil` when it is valid.
  public var validationError: String? {
    for requirement in matchExpressions {
      if let problem = requirement.validationError { return problem }
    }
    return nil
  }

  /// Whether the selector matches a set of labels.
  ///
  /// - Complexity: O(*m* + *e*·*v*) for *m* matchLabels, *e* expressions of *v* values.
  public func matches(_ labels: [String: String]) -> Bool {
    for (key, value) in matchLabels where labels[key] != value { return false }
    for requirement in matchExpressions where !requirement.matches(labels) { return false }
    return true
  }

  /// The label keys this selector reads (used to build equivalence classes).
  public var referencedKeys: Set<String> {
    Set(matchLabels.keys).union(matchExpressions.map(\.key))
  }

  /// kubectl-style text: `app=web,tier in (a,b),!legacy`; `{}` for the empty selector.
  public var description: String {
    if isEmpty { return "{}" }
    let labels = matchLabels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    return (labels + matchExpressions.map(\.description)).joined(separator: ",")
  }

  private enum CodingKeys: String, CodingKey { case matchLabels, matchExpressions }

  /// Decodes a selector; `null` members count as absent.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    matchLabels = try c.decodeIfPresent(StringMap.self, forKey: .matchLabels)?.values ?? [:]
    matchExpressions =
      try c.decodeIfPresent([LabelSelectorRequirement].self, forKey: .matchExpressions) ?? []
  }

  /// Encodes the selector, omitting empty members.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    if !matchLabels.isEmpty { try c.encode(matchLabels, forKey: .matchLabels) }
    if !matchExpressions.isEmpty { try c.encode(matchExpressions, forKey: .matchExpressions) }
  }
}

import KubeModel

/// The rule catalogue: every engine's rules in one place, sorted by id.
public struct RuleCatalogue: Sendable {
  /// Every rule, sorted by id.
  public let rules: [Rule]
  private let index: [String: Int]

  /// Joins the rules of engines; the first rule wins when two engines share an id
  /// (``duplicateIDs`` lists them, and a test keeps it empty).
  ///
  /// - Complexity: O(*r* log *r*) in the number of rules.
  public init(engines: [BaselineEngine] = BaselineEngines.all) {
    var seen: [String: Rule] = [:]
    var duplicates: [String] = []
    for rule in engines.flatMap(\.rules) {
      if seen[rule.id] != nil { duplicates.append(rule.id) } else { seen[rule.id] = rule }
    }
    rules = seen.values.sorted { $0.id < $1.id }
    index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
    duplicateIDs = duplicates.sorted()
  }

  /// Rule ids defined by more than one engine (should be empty).
  public let duplicateIDs: [String]

  /// The rule with this id.
  public func rule(id: String) -> Rule? { index[id].map { rules[$0] } }

  /// The rules of a domain.
  ///
  /// - Complexity: O(*r*) in the number of rules.
  public func rules(in domain: Domain) -> [Rule] { rules.filter { $0.domain == domain } }
}

/// The environment crossings into one namespace from the namespaces of one lower environment
/// (for example every `dev` namespace that reaches `shop-prod`).
///
/// Crossings are counted per ordered namespace pair, which grows with the square of the
/// namespaces; a group keeps one destination's sources of one environment as a count, a few
/// example names and the union of what they may reach.
public struct EnvironmentCrossingGroup: Sendable, Hashable {
  /// The destination namespace.
  public let to: String
  /// The destination's environment, as labelled.
  public let toEnvironment: String
  /// The sources' environment, as labelled.
  public let fromEnvironment: String
  /// How many namespaces of that environment reach the destination.
  public let sourceCount: Int
  /// The first source namespaces by name (at most the number asked for).
  public let examples: [String]
  /// The union of what the sources may reach in the destination.
  public let ports: ConnectionSet

  /// Whether the group goes from a development environment straight into production.
  public var isDevelopmentToProduction: Bool {
    EnvironmentRank.rank(fromEnvironment) == EnvironmentRank.development
      && EnvironmentRank.rank(toEnvironment) == EnvironmentRank.production
  }
}

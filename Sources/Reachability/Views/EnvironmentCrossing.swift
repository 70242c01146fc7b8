/// An allowed path from a namespace of a lower environment to one of a higher environment
/// (for example dev → prod).
public struct EnvironmentCrossing: Sendable, Hashable {
  /// The source namespace and its environment.
  public let from: String
  /// The source environment, as labelled.
  public let fromEnvironment: String
  /// The destination namespace.
  public let to: String
  /// The destination environment, as labelled.
  public let toEnvironment: String
  /// What is allowed.
  public let ports: ConnectionSet

  /// Whether the path goes from a development environment straight into production.
  public var isDevelopmentToProduction: Bool {
    EnvironmentRank.rank(fromEnvironment) == EnvironmentRank.development
      && EnvironmentRank.rank(toEnvironment) == EnvironmentRank.production
  }
}

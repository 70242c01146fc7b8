/// An identity the generator deliberately makes powerful, and how.
public struct PlantedEscalation: Sendable, Hashable {
  /// `User`, `Group` or `ServiceAccount`.
  public var subjectKind: String
  /// The subject's name.
  public var name: String
  /// The ServiceAccount's namespace.
  public var namespace: String?
  /// How the identity gets there, in words.
  public var path: String
}

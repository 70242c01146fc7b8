/// One subject of a who-can answer, with every grant that lets it make the request.
public struct WhoCanSubject: Sendable, Hashable {
  /// The subject.
  public var identity: Identity
  /// The granting binding, role and rule, one per granting binding; empty only for
  /// `system:masters` when no binding names it.
  public var via: [Grant]
  /// `true` for `Group system:masters`, which is allowed before RBAC.
  public var isPrivilegedGroup: Bool
}

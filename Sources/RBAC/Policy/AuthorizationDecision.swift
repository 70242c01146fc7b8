/// The RBAC decision for one request: allowed (and by what) or no opinion (denied).
public struct AuthorizationDecision: Sendable, Hashable {
  /// `true` when the request is allowed.
  public var allowed: Bool
  /// The first grant that allowed it; `nil` when denied or allowed by `system:masters`.
  public var grant: Grant?
  /// `RBAC: allowed by …`, `allowed: member of system:masters`, or why it is denied.
  public var reason: String
}

import KubeModel

/// What engines share beyond the snapshot: results one engine computes for another.
///
/// Today that is the set of ServiceAccounts holding RBAC power, which the Hardening engine
/// uses for `workload.sa-token-automount`. It is empty until the RBAC engine is joined; then
/// ``init(snapshot:)`` fills it (see the comment there).
public struct BaselineContext: Sendable {
  /// ServiceAccounts (keys of kind `ServiceAccount`) whose permissions make an automounted
  /// token dangerous.
  public var serviceAccountsWithRBACPower: Set<ObjectKey>

  /// Creates a context from explicit values (tests, or callers that computed them already).
  public init(serviceAccountsWithRBACPower: Set<ObjectKey> = []) {
    self.serviceAccountsWithRBACPower = serviceAccountsWithRBACPower
  }

  /// Computes the context for a snapshot.
  ///
  /// When the RBAC engine lands, replace the body with its answer, e.g.
  /// `self.init(serviceAccountsWithRBACPower: RBACPower.serviceAccounts(in: snapshot))`.
  ///
  /// - Complexity: O(1) today.
  public init(snapshot: Snapshot) {
    self.init(serviceAccountsWithRBACPower: [])
  }
}

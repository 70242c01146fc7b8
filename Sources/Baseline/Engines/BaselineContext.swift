import KubeModel
import RBAC

/// What engines share beyond the snapshot: analyses computed once and used by several engines.
public struct BaselineContext: Sendable {
  /// The RBAC analysis, when the baseline includes the RBAC engine.
  public var rbac: RBACAnalysis?
  /// ServiceAccounts whose token carries RBAC power (for the automount check).
  public var serviceAccountsWithRBACPower: Set<ObjectKey>

  /// Creates a context from explicit values (tests, or callers that skip RBAC).
  public init(rbac: RBACAnalysis? = nil, serviceAccountsWithRBACPower: Set<ObjectKey> = []) {
    self.rbac = rbac
    self.serviceAccountsWithRBACPower = serviceAccountsWithRBACPower
  }

  /// Analyses RBAC once and derives what the other engines need from it.
  ///
  /// - Complexity: that of ``RBACAnalysis``.
  public init(snapshot: Snapshot, membership: GroupMembership = .empty) {
    let rbac = RBACAnalysis(snapshot: snapshot, membership: membership)
    self.init(rbac: rbac, serviceAccountsWithRBACPower: rbac.powerfulServiceAccounts)
  }
}

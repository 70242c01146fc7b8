import KubeModel
import RBAC
import Reachability

/// What engines share beyond the snapshot: analyses computed once and used by several engines
/// (and by the explorer's panes).
public struct BaselineContext: Sendable {
  /// The RBAC analysis, when the baseline includes the RBAC engine.
  public var rbac: RBACAnalysis?
  /// The reachability analysis (the model for explanations and workload pairs).
  public var reachability: ReachabilityAnalysis?
  /// The namespace matrix, network findings and assumptions derived from ``reachability``.
  public var network: ReachabilityOverview?
  /// ServiceAccounts whose token carries RBAC power (for the automount check).
  public var serviceAccountsWithRBACPower: Set<ObjectKey>

  /// Creates a context from explicit values (tests, or callers that skip engines).
  public init(
    rbac: RBACAnalysis? = nil, reachability: ReachabilityAnalysis? = nil,
    serviceAccountsWithRBACPower: Set<ObjectKey> = []
  ) {
    self.rbac = rbac
    self.reachability = reachability
    network = reachability.map(ReachabilityOverview.init)
    self.serviceAccountsWithRBACPower = serviceAccountsWithRBACPower
  }

  /// Creates a context from analyses already run, with the network overview already derived.
  public init(
    rbac: RBACAnalysis, reachability: ReachabilityAnalysis, network: ReachabilityOverview
  ) {
    self.rbac = rbac
    self.reachability = reachability
    self.network = network
    serviceAccountsWithRBACPower = rbac.powerfulServiceAccounts
  }

  /// Analyses RBAC and reachability once and derives what the other engines need.
  ///
  /// - Complexity: that of ``RBACAnalysis`` and ``ReachabilityAnalysis``.
  public init(
    snapshot: Snapshot, membership: GroupMembership = .empty,
    reachabilityOptions: ReachabilityOptions = ReachabilityOptions()
  ) {
    let rbac = RBACAnalysis(snapshot: snapshot, membership: membership)
    self.init(
      rbac: rbac,
      reachability: ReachabilityAnalysis(snapshot: snapshot, options: reachabilityOptions),
      serviceAccountsWithRBACPower: rbac.powerfulServiceAccounts)
  }
}

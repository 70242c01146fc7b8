/// The semantic forks of NetworkPolicy analysis, each an explicit, visible assumption
/// (spec §2), plus the labels that name a namespace's environment.
public struct ReachabilityOptions: Sendable, Hashable, Codable {
  /// Let ipBlocks match pod IPs (the e2e suite's reading).
  ///
  /// Default `false`, as np-guard: ipBlocks only ever match external addresses.
  public var ipBlockMatchesPods: Bool
  /// Treat hostNetwork pods as node traffic.
  ///
  /// Pod selectors never select them, and ipBlocks match them by their node IP. Default
  /// `false`, as np-guard (normal pods).
  public var hostNetworkAsNode: Bool
  /// Keep pods of a live capture that have no `status.hostIP` or pod IP.
  ///
  /// Default `false`: such unscheduled pods are excluded and counted.
  public var includeUnscheduled: Bool
  /// Namespace label keys that name the environment, tried in order.
  public var environmentLabels: [String]

  /// Creates options; the defaults are np-guard compatible.
  public init(
    ipBlockMatchesPods: Bool = false, hostNetworkAsNode: Bool = false,
    includeUnscheduled: Bool = false, environmentLabels: [String] = ["environment", "env"]
  ) {
    self.ipBlockMatchesPods = ipBlockMatchesPods
    self.hostNetworkAsNode = hostNetworkAsNode
    self.includeUnscheduled = includeUnscheduled
    self.environmentLabels = environmentLabels
  }

  /// One line per fork stating the assumption in force (for the assumptions line and JSON).
  public var assumptions: [String] {
    [
      ipBlockMatchesPods
        ? "ipBlocks match pod IPs (--ipblock-matches-pods)"
        : "ipBlocks match external addresses only, never pod IPs (np-guard)",
      hostNetworkAsNode
        ? "hostNetwork pods are node traffic: not selected by pod selectors (--hostnetwork-as-node)"
        : "hostNetwork pods are treated as normal pods; actual enforcement differs by CNI",
      includeUnscheduled
        ? "unscheduled pods of a live capture are included (--include-unscheduled)"
        : "pods of a live capture without hostIP or pod IP are excluded as unscheduled",
      "traffic from a pod to itself is always allowed and never listed",
      hostNetworkAsNode
        ? "ingress from a pod's own node (hostNetwork pods on it) is always allowed"
        : "ingress from a pod's own node (kubelet probes) is always allowed; nodes are not peers",
    ]
  }
}

/// The observed state of a pod, as far as reachability needs it.
public struct PodStatus: Codable, Sendable, Hashable {
  /// `Pending`, `Running`, `Succeeded`, `Failed` or `Unknown`.
  public var phase: String?
  /// The node's IP; absent on an unscheduled pod.
  public var hostIP: String?
  /// The primary pod IP.
  public var podIP: String?
  /// All pod IPs (dual stack).
  @DefaultEmpty public var podIPs: [PodIP]

  /// Creates a status.
  public init(
    phase: String? = nil, hostIP: String? = nil, podIP: String? = nil, podIPs: [PodIP] = []
  ) {
    self.phase = phase
    self.hostIP = hostIP
    self.podIP = podIP
    self.podIPs = podIPs
  }

  /// Whether the pod was scheduled and given an address (np-guard ignores others).
  public var isScheduled: Bool {
    hostIP.map { !$0.isEmpty } == true && (!podIPs.isEmpty || podIP.map { !$0.isEmpty } == true)
  }

  /// One pod IP.
  public struct PodIP: Codable, Sendable, Hashable {
    /// The address.
    public var ip: String

    /// Creates a pod IP.
    public init(ip: String) { self.ip = ip }
  }
}

/// The switchable assumptions of the escalation analysis (spec §9), shown with its results.
public struct EscalationAssumptions: Sendable, Hashable, Codable {
  /// (a) Creating a pod in a namespace whose Pod Security `enforce` label is `privileged` or
  /// absent compromises any node (privileged/hostPath/hostPID pod pinned with `nodeName`).
  public var podCreationCompromisesNodes: Bool
  /// (b) A writer of admission webhook configurations can run a reachable webhook endpoint.
  public var webhooksReachable: Bool
  /// (c) Cloud paths (EKS `aws-auth`) apply only when their objects are in the snapshot.
  public var cloudPathsNeedObjects: Bool

  /// Creates assumptions; the defaults are the spec's.
  public init(
    podCreationCompromisesNodes: Bool = true, webhooksReachable: Bool = true,
    cloudPathsNeedObjects: Bool = true
  ) {
    self.podCreationCompromisesNodes = podCreationCompromisesNodes
    self.webhooksReachable = webhooksReachable
    self.cloudPathsNeedObjects = cloudPathsNeedObjects
  }

  /// The spec's defaults.
  public static let standard = EscalationAssumptions()

  /// One line per assumption, as shown under the results.
  public var descriptions: [String] {
    [
      podCreationCompromisesNodes
        ? "pod creation where Pod Security enforce is privileged or unset compromises nodes"
        : "pod creation is not assumed to compromise nodes",
      webhooksReachable
        ? "admission webhook writers can run a reachable endpoint"
        : "admission webhook writers are not counted",
      cloudPathsNeedObjects
        ? "cloud paths (aws-auth) only when their objects are present"
        : "cloud paths (aws-auth) assumed present",
    ]
  }
}

/// The specification of a pod or pod template (`core/v1.PodSpec`), as analyses need it.
public struct PodSpec: Codable, Sendable, Hashable {
  /// The application containers.
  @DefaultEmpty public var containers: [Container]
  /// Init containers (sidecars when their `restartPolicy` is `Always`).
  @DefaultEmpty public var initContainers: [Container]
  /// Ephemeral (debug) containers added through `pods/ephemeralcontainers`.
  @DefaultEmpty public var ephemeralContainers: [Container]
  /// Volumes.
  @DefaultEmpty public var volumes: [Volume]
  /// Uses the node's network namespace.
  public var hostNetwork: Bool?
  /// Uses the node's PID namespace.
  public var hostPID: Bool?
  /// Uses the node's IPC namespace.
  public var hostIPC: Bool?
  /// `false` runs the pod in its own user namespace (relaxes some PSS controls).
  public var hostUsers: Bool?
  /// The ServiceAccount the pod runs as.
  public var serviceAccountName: String?
  /// The deprecated alias of ``serviceAccountName``.
  public var serviceAccount: String?
  /// Whether the ServiceAccount token is mounted; `nil` defers to the ServiceAccount.
  public var automountServiceAccountToken: Bool?
  /// The node the pod is bound to.
  public var nodeName: String?
  /// The pod-level security context.
  public var securityContext: PodSecurityContext?
  /// Shares one PID namespace between the pod's containers.
  public var shareProcessNamespace: Bool?
  /// The pod's OS (`linux` or `windows`), when declared.
  public var os: PodOS?
  /// The priority class.
  public var priorityClassName: String?
  /// The pod's restart policy.
  public var restartPolicy: String?

  /// Creates a pod spec.
  public init(
    containers: [Container] = [], initContainers: [Container] = [],
    ephemeralContainers: [Container] = [], volumes: [Volume] = [], hostNetwork: Bool? = nil,
    hostPID: Bool? = nil, hostIPC: Bool? = nil, hostUsers: Bool? = nil,
    serviceAccountName: String? = nil, automountServiceAccountToken: Bool? = nil,
    nodeName: String? = nil, securityContext: PodSecurityContext? = nil,
    shareProcessNamespace: Bool? = nil, os: PodOS? = nil
  ) {
    self.containers = containers
    self.initContainers = initContainers
    self.ephemeralContainers = ephemeralContainers
    self.volumes = volumes
    self.hostNetwork = hostNetwork
    self.hostPID = hostPID
    self.hostIPC = hostIPC
    self.hostUsers = hostUsers
    self.serviceAccountName = serviceAccountName
    self.automountServiceAccountToken = automountServiceAccountToken
    self.nodeName = nodeName
    self.securityContext = securityContext
    self.shareProcessNamespace = shareProcessNamespace
    self.os = os
  }

  /// The ServiceAccount the pod runs as: `serviceAccountName`, its alias, else `default`.
  public var effectiveServiceAccountName: String {
    if let name = serviceAccountName, !name.isEmpty { return name }
    if let name = serviceAccount, !name.isEmpty { return name }
    return "default"
  }

  /// Every container with its kind, in PSS order: init, regular, ephemeral.
  public var allContainers: [(kind: ContainerKind, container: Container)] {
    initContainers.map { (.initContainer, $0) } + containers.map { (.container, $0) }
      + ephemeralContainers.map { (.ephemeral, $0) }
  }

  /// The pod's declared OS.
  public struct PodOS: Codable, Sendable, Hashable {
    /// `linux` or `windows`.
    public var name: String
  }
}

/// The as-is inventory of a snapshot: where it came from, what it holds, what is missing.
///
/// This is what a discovery workshop starts with (`kbaseline summary`, the Overview pane).
public struct Inventory: Codable, Sendable, Hashable {
  /// The inputs.
  public var sources: [String]
  /// The cluster, when the snapshot names one.
  public var cluster: String?
  /// The kubeconfig context, when captured live.
  public var context: String?
  /// When it was captured.
  public var capturedAt: String?
  /// The server's version.
  public var serverVersion: String?
  /// Who captured it.
  public var capturedBy: String?
  /// Object counts per kind, for every kind present.
  public var counts: [String: Int]
  /// One row per namespace.
  public var namespaces: [NamespaceRow]
  /// Lists that were not fully captured.
  public var gaps: [Gap]
  /// Objects of kinds kbaseline does not analyse, counted per kind.
  public var unknownKinds: [String: Int]
  /// Warnings from loading.
  public var warnings: [String]

  /// Computes the inventory of a snapshot.
  ///
  /// - Complexity: O(*n*) in the number of objects.
  public init(_ snapshot: Snapshot) {
    sources = snapshot.sources
    cluster = snapshot.capture?.source?.cluster
    context = snapshot.capture?.source?.context
    capturedAt = snapshot.capture?.capturedAt
    serverVersion = snapshot.capture?.serverVersion?.gitVersion
    capturedBy = snapshot.capture?.identity?.username
    counts = Self.counts(snapshot)
    namespaces = Self.rows(snapshot)
    gaps = snapshot.gaps.map {
      Gap(resource: $0.qualifiedResource, status: $0.status, message: $0.message)
    }
    unknownKinds = snapshot.unknownKinds
    warnings = snapshot.warnings.map(\.description)
  }

  private static func counts(_ s: Snapshot) -> [String: Int] {
    var counts: [String: Int] = [:]
    func add(_ kind: String, _ n: Int) { if n > 0 { counts[kind, default: 0] += n } }
    add("Namespace", s.namespaces.filter { !$0.isSynthesized }.count)
    add("Pod", s.pods.count)
    for controller in s.controllers { add(controller.kind.rawValue, 1) }
    add("ServiceAccount", s.serviceAccounts.count)
    add("Secret", s.secrets.count)
    add("ConfigMap", s.configMaps.count)
    add("Service", s.services.count)
    add("Node", s.nodes.count)
    add("Ingress", s.ingresses.count)
    add("Role", s.roles.count)
    add("ClusterRole", s.clusterRoles.count)
    add("RoleBinding", s.roleBindings.count)
    add("ClusterRoleBinding", s.clusterRoleBindings.count)
    add("NetworkPolicy", s.networkPolicies.count)
    for webhook in s.webhookConfigurations { add(webhook.kind, 1) }
    return counts
  }

  private static func rows(_ s: Snapshot) -> [NamespaceRow] {
    var workloads: [String: Int] = [:]
    var pods: [String: Int] = [:]
    var policies: [String: Int] = [:]
    for workload in s.workloads { workloads[workload.namespace, default: 0] += 1 }
    for pod in s.pods { pods[pod.namespace, default: 0] += 1 }
    for policy in s.networkPolicies { policies[policy.namespace, default: 0] += 1 }
    return s.namespaces.map { ns in
      NamespaceRow(
        name: ns.name, workloads: workloads[ns.name] ?? 0, pods: pods[ns.name] ?? 0,
        networkPolicies: policies[ns.name] ?? 0,
        podSecurityEnforce: ns.labels["pod-security.kubernetes.io/enforce"],
        environment: ns.labels["environment"] ?? ns.labels["env"], synthesized: ns.isSynthesized)
    }
  }

  /// Total objects counted.
  public var totalObjects: Int { counts.values.reduce(0, +) }

  /// One namespace of the inventory.
  public struct NamespaceRow: Codable, Sendable, Hashable {
    /// The namespace's name.
    public var name: String
    /// Workloads (top controllers and bare pods) in it.
    public var workloads: Int
    /// Pods in it (real pods only).
    public var pods: Int
    /// NetworkPolicies in it.
    public var networkPolicies: Int
    /// Its `pod-security.kubernetes.io/enforce` label.
    public var podSecurityEnforce: String?
    /// Its `environment` (or `env`) label.
    public var environment: String?
    /// Whether it was referenced but absent from the input.
    public var synthesized: Bool
  }

  /// A list that was not fully captured.
  public struct Gap: Codable, Sendable, Hashable {
    /// `resource.group`.
    public var resource: String
    /// How the list went.
    public var status: ListStatus
    /// The server's message.
    public var message: String?

    /// Creates a gap record.
    public init(resource: String, status: ListStatus, message: String? = nil) {
      self.resource = resource
      self.status = status
      self.message = message
    }
  }
}

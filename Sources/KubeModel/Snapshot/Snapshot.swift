/// An immutable picture of a cluster: its objects, how they were captured, and the
/// workload identities every analysis shares.
///
/// Build one with ``init(objects:sources:capture:lists:warnings:)`` (or a loader); it
/// de-duplicates objects, synthesizes namespaces that objects refer to, resolves every pod
/// to its top controller, and lets pod templates stand in for workloads without pods.
public struct Snapshot: Sendable {
  /// The inputs it was loaded from (paths, or a description of a live capture).
  public let sources: [String]
  /// Capture metadata, when the input was a kbaseline snapshot file.
  public let capture: CaptureMetadata?
  /// The record of every list, items excluded.
  public let lists: [ListRecord]
  /// Namespaces by name, including synthesized ones; each carries the name label.
  public let namespaces: [Namespace]
  /// Real pods, in input order.
  public let pods: [Pod]
  /// Deployments, StatefulSets, DaemonSets, ReplicaSets, ReplicationControllers, Jobs, CronJobs.
  public let controllers: [PodController]
  /// ServiceAccounts.
  public let serviceAccounts: [ServiceAccount]
  /// Secrets (metadata and type only).
  public let secrets: [Secret]
  /// ConfigMaps (key names only).
  public let configMaps: [ConfigMap]
  /// Services.
  public let services: [Service]
  /// Nodes.
  public let nodes: [Node]
  /// Ingresses.
  public let ingresses: [Ingress]
  /// Roles.
  public let roles: [Role]
  /// ClusterRoles.
  public let clusterRoles: [ClusterRole]
  /// RoleBindings and ClusterRoleBindings.
  public let bindings: [RoleBinding]
  /// NetworkPolicies.
  public let networkPolicies: [NetworkPolicy]
  /// Validating and mutating webhook configurations.
  public let webhookConfigurations: [WebhookConfiguration]
  /// Objects of kinds kbaseline does not analyse.
  public let otherObjects: [OtherObject]
  /// How many objects of each unanalysed kind were seen.
  public let unknownKinds: [String: Int]
  /// Warnings from loading (skipped files, duplicates, synthesized namespaces).
  public let warnings: [LoadWarning]
  /// Workloads: top controllers and bare pods, sorted by key.
  public let workloads: [Workload]
  /// For each pod of ``pods``, the index of its workload in ``workloads``.
  public let workloadOfPod: [Int]
  /// The pods analyses run on: real pods, then one stand-in per workload that has none.
  public let effectivePods: [Pod]
  /// For each pod of ``effectivePods``, the index of its workload in ``workloads``.
  public let workloadOfEffectivePod: [Int]

  /// Builds a snapshot from decoded objects.
  ///
  /// - Complexity: O(*n* log *n*) in the number of objects.
  public init(
    objects: [KubeObject], sources: [String] = [], capture: CaptureMetadata? = nil,
    lists: [ListRecord] = [], warnings: [LoadWarning] = []
  ) {
    var sorter = ObjectSorter()
    sorter.add(objects)
    var notes = warnings + sorter.duplicateWarnings
    let namespaces = sorter.namespacesWithSynthesized(warnings: &notes)
    self.sources = sources
    self.capture = capture
    self.lists = lists
    self.namespaces = namespaces
    (pods, controllers) = TemplateSharing.share(pods: sorter.pods, controllers: sorter.controllers)
    serviceAccounts = sorter.serviceAccounts
    secrets = sorter.secrets
    configMaps = sorter.configMaps
    services = sorter.services
    nodes = sorter.nodes
    ingresses = sorter.ingresses
    roles = sorter.roles
    clusterRoles = sorter.clusterRoles
    bindings = sorter.bindings
    networkPolicies = sorter.networkPolicies
    webhookConfigurations = sorter.webhookConfigurations
    otherObjects = sorter.otherObjects
    unknownKinds = sorter.unknownKinds
    self.warnings = notes
    let podsObserved = lists.contains {
      $0.resource == "pods" && $0.group.isEmpty && $0.status.isComplete
    }
    let resolver = WorkloadResolver(
      pods: pods, controllers: controllers, podsObserved: podsObserved)
    workloads = resolver.workloads
    workloadOfPod = resolver.workloadOfPod
    effectivePods = resolver.effectivePods
    workloadOfEffectivePod = resolver.workloadOfEffectivePod
  }

  /// ClusterRoleBindings only.
  public var clusterRoleBindings: [RoleBinding] { bindings.filter(\.isClusterBinding) }

  /// RoleBindings only.
  public var roleBindings: [RoleBinding] { bindings.filter { !$0.isClusterBinding } }

  /// The namespace with this name.
  public func namespace(named name: String) -> Namespace? {
    namespaces.first { $0.name == name }
  }

  /// The record of the list of `resource` in `group`, when the snapshot has one.
  public func list(resource: String, group: String = "") -> ListRecord? {
    lists.first { $0.resource == resource && $0.group == group }
  }

  /// Lists that were not fully captured (forbidden, partial, error, unauthorized).
  public var gaps: [ListRecord] { lists.filter(\.status.isGap) }

  /// The immediate controller of a pod as np-guard names it: the `controller: true` owner,
  /// or `nil` for a bare pod or a static pod owned by its Node.
  public static func immediateController(of pod: Pod) -> ObjectKey? {
    guard let ref = pod.metadata.controllerReference, ref.kind != "Node" else { return nil }
    return ObjectKey(kind: ref.kind, namespace: pod.namespace, name: ref.name)
  }
}

import KubeModel

/// A pod template under review: its spec and metadata, the workload it belongs to, and the
/// context checks need (the ServiceAccount and whether it holds RBAC power).
///
/// Field paths that checks report are relative to the pod (`spec.…`, `metadata.…`), so one
/// violation reads the same for a Pod, a Deployment or a CronJob.
public struct PodUnderReview: Sendable {
  /// The workload (top controller, or the bare pod) the template belongs to.
  public let workload: ObjectKey
  /// Labels and annotations of the template (AppArmor annotations live here).
  public let metadata: PodTemplateSpec.TemplateMeta
  /// The pod spec.
  public let spec: PodSpec
  /// Every container in PSS order: init, regular, ephemeral.
  public let containers: [ReviewedContainer]
  /// The ServiceAccount the pod runs as, when the snapshot holds it.
  public let serviceAccount: ServiceAccount?
  /// Whether that ServiceAccount holds RBAC power (supplied by the caller).
  public let serviceAccountHasRBACPower: Bool

  /// Creates a pod under review.
  ///
  /// - Complexity: O(*c*) in the number of containers.
  public init(
    workload: ObjectKey, template: PodTemplateSpec, serviceAccount: ServiceAccount? = nil,
    serviceAccountHasRBACPower: Bool = false
  ) {
    self.workload = workload
    metadata = template.metadata
    spec = template.spec
    containers = template.spec.allContainers.map {
      ReviewedContainer(kind: $0.kind, container: $0.container)
    }
    self.serviceAccount = serviceAccount
    self.serviceAccountHasRBACPower = serviceAccountHasRBACPower
  }

  /// The pod's namespace.
  public var namespace: String { workload.namespace }

  /// The pod-level security context.
  public var podSecurityContext: PodSecurityContext? { spec.securityContext }

  /// Whether the pod declares `spec.os.name: windows` (restricted skips Linux-only checks).
  public var isWindows: Bool { spec.os?.name == "windows" }

  /// Whether the pod runs in its own user namespace (`spec.hostUsers: false`).
  public var usesUserNamespace: Bool { spec.hostUsers == false }

  /// Whether the workload is a batch workload (Job, CronJob), which runs to completion.
  public var isBatch: Bool { workload.kind == "Job" || workload.kind == "CronJob" }

  /// The containers of a kind.
  ///
  /// - Complexity: O(*c*) in the number of containers.
  public func containers(of kind: ContainerKind) -> [ReviewedContainer] {
    containers.filter { $0.kind == kind }
  }

  /// The path of a pod-level security context field, for example `spec.securityContext.runAsUser`.
  public static func podSecurityContextPath(_ field: String) -> String {
    "spec.securityContext.\(field)"
  }

  /// The path of a volume, for example `spec.volumes[name=data]`.
  public static func volumePath(_ volume: Volume) -> String {
    "spec.volumes[name=\(volume.name)]"
  }
}

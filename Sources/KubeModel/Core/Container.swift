/// A container of a pod: regular, init or ephemeral (`core/v1.Container`).
public struct Container: Codable, Sendable, Hashable {
  /// The container's name.
  @DefaultEmptyString public var name: String
  /// The image reference, for example `ghcr.io/acme/api:1.4.2`.
  public var image: String?
  /// `Always`, `IfNotPresent` or `Never`; absent means the kubelet's default.
  public var imagePullPolicy: String?
  /// Entrypoint override.
  @DefaultEmpty public var command: [String]
  /// Arguments.
  @DefaultEmpty public var args: [String]
  /// Declared ports (names and protocols matter for NetworkPolicy named ports).
  @DefaultEmpty public var ports: [ContainerPort]
  /// Environment variables; literal values may be `<redacted>` in captured snapshots.
  @DefaultEmpty public var env: [EnvVar]
  /// Whole ConfigMaps or Secrets imported as environment variables.
  @DefaultEmpty public var envFrom: [EnvFromSource]
  /// CPU/memory requests and limits.
  public var resources: ResourceRequirements?
  /// Liveness probe.
  public var livenessProbe: Probe?
  /// Readiness probe.
  public var readinessProbe: Probe?
  /// Startup probe.
  public var startupProbe: Probe?
  /// postStart/preStop hooks (their `host` fields are a PSS control).
  public var lifecycle: Lifecycle?
  /// The container-level security context (wins over the pod's where set).
  public var securityContext: SecurityContext?
  /// Volume mounts.
  @DefaultEmpty public var volumeMounts: [VolumeMount]
  /// `Always` on an init container makes it a sidecar.
  public var restartPolicy: String?
  /// Ephemeral containers only: the container whose namespaces it targets.
  public var targetContainerName: String?

  /// Creates a container; most fields default to absent.
  public init(
    name: String, image: String? = nil, imagePullPolicy: String? = nil,
    command: [String] = [], args: [String] = [], ports: [ContainerPort] = [],
    env: [EnvVar] = [], envFrom: [EnvFromSource] = [], resources: ResourceRequirements? = nil,
    livenessProbe: Probe? = nil, readinessProbe: Probe? = nil, startupProbe: Probe? = nil,
    lifecycle: Lifecycle? = nil, securityContext: SecurityContext? = nil,
    volumeMounts: [VolumeMount] = [], restartPolicy: String? = nil,
    targetContainerName: String? = nil
  ) {
    self.name = name
    self.image = image
    self.imagePullPolicy = imagePullPolicy
    self.command = command
    self.args = args
    self.ports = ports
    self.env = env
    self.envFrom = envFrom
    self.resources = resources
    self.livenessProbe = livenessProbe
    self.readinessProbe = readinessProbe
    self.startupProbe = startupProbe
    self.lifecycle = lifecycle
    self.securityContext = securityContext
    self.volumeMounts = volumeMounts
    self.restartPolicy = restartPolicy
    self.targetContainerName = targetContainerName
  }
}

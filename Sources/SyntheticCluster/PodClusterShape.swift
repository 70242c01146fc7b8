import KubeModel

/// A generated cluster of realistic pods for the hardening benchmark: Deployments with ReplicaSets,
/// StatefulSets, DaemonSets, CronJobs with Jobs and bare pods, each pod with several containers
/// (sidecars, init containers), env, volumes and a mix of hardened, partial, missing and privileged
/// security settings.
///
/// Same seed, same objects.
public struct PodClusterShape: Sendable {
  /// The number of pods to generate (the last workload may overshoot by a few).
  public var pods: Int
  /// The random seed.
  public var seed: UInt64

  /// Creates a shape.
  public init(pods: Int, seed: UInt64 = 42) {
    self.pods = pods
    self.seed = seed
  }

  /// Generates the objects: namespaces, ServiceAccounts, controllers and pods.
  ///
  /// - Complexity: O(*p*) in the number of pods.
  public func objects() -> [KubeObject] {
    var rng = SeededGenerator(seed: seed)
    let namespaceCount = max(4, pods / 250)
    var out: [KubeObject] = []
    out.reserveCapacity(pods + pods / 2)
    for n in 0..<namespaceCount {
      let name = "team-\(n)"
      let level = ["restricted", "baseline", "privileged", nil][n % 4]
      let labels = level.map { ["pod-security.kubernetes.io/enforce": $0] } ?? [:]
      out.append(.namespace(Namespace(metadata: ObjectMeta(name: name, labels: labels))))
      for sa in ["default", "app", "deployer"] {
        out.append(
          .serviceAccount(ServiceAccount(metadata: ObjectMeta(name: sa, namespace: name))))
      }
    }
    var made = 0
    var serial = 0
    while made < pods {
      serial += 1
      let ns = "team-\(Int.random(in: 0..<namespaceCount, using: &rng))"
      let template = PodTemplateSpec(
        labels: ["app": "w\(serial)"], spec: Self.podSpec(serial: serial, using: &rng))
      made += Self.workload(
        serial: serial, namespace: ns, template: template, into: &out, using: &rng)
    }
    return out
  }

  /// Appends one workload (controllers and pods) and returns how many pods it made.
  static func workload(
    serial: Int, namespace: String, template: PodTemplateSpec, into out: inout [KubeObject],
    using rng: inout SeededGenerator
  ) -> Int {
    let roll = Int.random(in: 0..<100, using: &rng)
    let name = "w\(serial)"
    func controller(_ kind: ControllerKind, _ name: String, owner: OwnerReference?, replicas: Int?)
    {
      let meta = ObjectMeta(
        name: name, namespace: namespace, labels: ["app": "w\(serial)"],
        ownerReferences: owner.map { [$0] } ?? [])
      out.append(
        .controller(
          PodController(
            kind: kind, metadata: meta, template: template,
            selector: LabelSelector(matchLabels: ["app": "w\(serial)"]), replicas: replicas)))
    }
    func pods(_ count: Int, owner: OwnerReference?) {
      for i in 0..<count {
        let meta = ObjectMeta(
          name: "\(owner?.name ?? name)-\(i)", namespace: namespace,
          labels: template.metadata.labels, ownerReferences: owner.map { [$0] } ?? [])
        out.append(.pod(Pod(metadata: meta, spec: template.spec)))
      }
    }
    let ref = { (kind: String, name: String) in
      OwnerReference(apiVersion: "apps/v1", kind: kind, name: name, controller: true)
    }
    switch roll {
    case 0..<65:
      let replicas = Int.random(in: 2...6, using: &rng)
      controller(.deployment, name, owner: nil, replicas: replicas)
      controller(.replicaSet, "\(name)-7d9f", owner: ref("Deployment", name), replicas: replicas)
      pods(replicas, owner: ref("ReplicaSet", "\(name)-7d9f"))
      return replicas
    case 65..<75:
      let replicas = Int.random(in: 1...3, using: &rng)
      controller(.statefulSet, name, owner: nil, replicas: replicas)
      pods(replicas, owner: ref("StatefulSet", name))
      return replicas
    case 75..<80:
      let nodes = Int.random(in: 3...8, using: &rng)
      controller(.daemonSet, name, owner: nil, replicas: nil)
      pods(nodes, owner: ref("DaemonSet", name))
      return nodes
    case 80..<88:
      controller(.cronJob, name, owner: nil, replicas: nil)
      controller(.job, "\(name)-2904", owner: ref("CronJob", name), replicas: nil)
      pods(1, owner: ref("Job", "\(name)-2904"))
      return 1
    default:
      pods(1, owner: nil)
      return 1
    }
  }

  /// A pod spec with a random security posture.
  static func podSpec(serial: Int, using rng: inout SeededGenerator) -> PodSpec {
    let posture = Int.random(in: 0..<100, using: &rng)
    let hardened = posture < 40
    var containers = [
      container("app", image: image(serial, using: &rng), hardened: hardened, using: &rng)
    ]
    if Bool.random(using: &rng) {
      containers.append(
        container(
          "istio-proxy", image: "docker.io/istio/proxyv2:1.22.1", hardened: hardened, using: &rng))
    }
    if Int.random(in: 0..<5, using: &rng) == 0 {
      containers.append(
        container("log-forwarder", image: "fluent/fluent-bit:3.0", hardened: false, using: &rng))
    }
    if posture >= 95 { containers[0].securityContext = SecurityContext(privileged: true) }
    var volumes = [
      Volume(name: "config", source: "configMap", configMapName: "w\(serial)-config"),
      Volume(name: "creds", source: "secret", secretName: "w\(serial)-creds"),
      Volume(name: "tmp", source: "emptyDir"),
      Volume(name: "kube-api-access", source: "projected", projectsServiceAccountToken: true),
    ]
    if Int.random(in: 0..<30, using: &rng) == 0 {
      volumes.append(.hostPath(name: "varlog", path: "/var/log"))
      containers[0].volumeMounts.append(VolumeMount(name: "varlog", mountPath: "/host/log"))
    }
    if Int.random(in: 0..<200, using: &rng) == 0 {
      volumes.append(.hostPath(name: "docker", path: "/var/run/docker.sock"))
    }
    let initContainers =
      Int.random(in: 0..<10, using: &rng) < 4
      ? [container("migrate", image: "ghcr.io/acme/migrate:2.1.0", hardened: hardened, using: &rng)]
      : []
    return PodSpec(
      containers: containers, initContainers: initContainers, volumes: volumes,
      hostNetwork: posture >= 97 ? true : nil,
      serviceAccountName: ["app", "deployer", nil][serial % 3],
      securityContext: hardened
        ? PodSecurityContext(
          runAsUser: 10001, runAsNonRoot: true, fsGroup: 10001,
          seccompProfile: SecurityProfile(type: "RuntimeDefault"))
        : (posture < 70 ? PodSecurityContext(runAsNonRoot: true) : nil))
  }

  /// An image reference: mostly versioned, some `latest`, some pinned by digest.
  static func image(_ serial: Int, using rng: inout SeededGenerator) -> String {
    switch Int.random(in: 0..<10, using: &rng) {
    case 0: "registry.example.com/team/app-\(serial % 97):latest"
    case 1, 2:
      "registry.example.com/team/app-\(serial % 97)@sha256:" + String(repeating: "ab", count: 32)
    default: "registry.example.com/team/app-\(serial % 97):1.\(serial % 13).\(serial % 7)"
    }
  }

  /// A container with env, mounts, ports, probes and a security context.
  static func container(
    _ name: String, image: String, hardened: Bool, using rng: inout SeededGenerator
  ) -> Container {
    var env = [
      EnvVar(name: "LOG_LEVEL", value: "info"), EnvVar(name: "PORT", value: "8080"),
      EnvVar(
        name: "FEATURE_FLAGS",
        valueFrom: EnvVarSource(configMapKeyRef: .init(name: "flags", key: "features"))),
      EnvVar(
        name: "DB_PASSWORD",
        valueFrom: EnvVarSource(secretKeyRef: .init(name: "db", key: "password"))),
    ]
    if Int.random(in: 0..<20, using: &rng) == 0 {
      env.append(EnvVar(name: "API_TOKEN", value: "<redacted>"))
    }
    let probe = Probe(httpGet: .init(port: .int(8080), path: "/healthz"))
    let withLimits = Int.random(in: 0..<10, using: &rng) < 7
    return Container(
      name: name, image: image, ports: [ContainerPort(name: "http", containerPort: 8080)], env: env,
      resources: withLimits
        ? ResourceRequirements(
          limits: ["cpu": Quantity("500m"), "memory": Quantity("256Mi")],
          requests: ["cpu": Quantity("100m"), "memory": Quantity("128Mi")]) : nil,
      livenessProbe: withLimits ? probe : nil, readinessProbe: probe,
      securityContext: hardened
        ? SecurityContext(
          capabilities: Capabilities(drop: ["ALL"]), readOnlyRootFilesystem: true,
          allowPrivilegeEscalation: false) : nil,
      volumeMounts: [
        VolumeMount(name: "config", mountPath: "/etc/app", readOnly: true),
        VolumeMount(name: "tmp", mountPath: "/tmp"),
      ])
  }
}

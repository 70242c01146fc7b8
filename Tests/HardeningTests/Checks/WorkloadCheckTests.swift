import Hardening
import KubeModel
import Testing

/// Positive and negative cases of the wider workload catalogue.
@Suite("Workload checks")
struct WorkloadCheckTests {
  typealias F = HardeningFixtures

  static func withSpec(
    kind: String = "Deployment", namespace: String = "shop", _ build: (inout PodSpec) -> Void
  ) -> PodUnderReview {
    var spec = F.restrictedSpec
    build(&spec)
    return F.pod(spec, kind: kind, namespace: namespace)
  }

  static let hardened = SecurityContext(
    capabilities: Capabilities(drop: ["ALL"]), runAsUser: 20000, runAsGroup: 20000,
    readOnlyRootFilesystem: true, allowPrivilegeEscalation: false)

  static let cases: [CheckCase] = [
    CheckCase(
      "/etc mounted", SensitiveHostPathCheck(),
      withSpec { $0.volumes = [.hostPath(name: "etc", path: "/etc/")] }, expect: [nil]),
    CheckCase(
      "/ mounted", SensitiveHostPathCheck(),
      withSpec { $0.volumes = [.hostPath(name: "root", path: "/")] }, expect: [nil]),
    CheckCase(
      "/var/log and /etcetera are not sensitive", SensitiveHostPathCheck(),
      withSpec {
        $0.volumes = [
          .hostPath(name: "l", path: "/var/log"), .hostPath(name: "e", path: "/etcetera"),
        ]
      },
      expect: []),
    CheckCase(
      "docker.sock", RuntimeSocketCheck(),
      withSpec { $0.volumes = [.hostPath(name: "d", path: "/var/run/docker.sock")] }, expect: [nil]),
    CheckCase(
      "/run/containerd directory", RuntimeSocketCheck(),
      withSpec { $0.volumes = [.hostPath(name: "d", path: "/run/containerd")] }, expect: [nil]),
    CheckCase(
      "/data is no socket", RuntimeSocketCheck(),
      withSpec { $0.volumes = [.hostPath(name: "d", path: "/data")] }, expect: []),
    CheckCase(
      "hostPath mounted writable", WritableHostPathCheck(),
      withSpec {
        $0.volumes = [.hostPath(name: "h", path: "/data")]
        $0.containers[0].volumeMounts = [VolumeMount(name: "h", mountPath: "/data")]
      }, expect: ["app"]),
    CheckCase(
      "hostPath mounted read-only", WritableHostPathCheck(),
      withSpec {
        $0.volumes = [.hostPath(name: "h", path: "/data")]
        $0.containers[0].volumeMounts = [VolumeMount(name: "h", mountPath: "/data", readOnly: true)]
      }, expect: []),
    CheckCase(
      "fsGroup 0 and container runAsGroup 0", RootGroupCheck(),
      withSpec {
        $0.securityContext?.fsGroup = 0
        $0.containers[0].securityContext?.runAsGroup = 0
      }, expect: [nil, "app"]),
    CheckCase(
      "non-zero groups", RootGroupCheck(),
      withSpec { $0.securityContext?.supplementalGroups = [10001] }, expect: []),
    CheckCase(
      "UID 1000", LowUIDCheck(), F.pod(F.spec(SecurityContext(runAsUser: 1000))), expect: ["app"]),
    CheckCase("UID 20000", LowUIDCheck(), F.pod(F.spec(hardened)), expect: []),
    CheckCase(
      "writable root filesystem", WritableRootFilesystemCheck(), F.pod(F.spec()), expect: ["app"]),
    CheckCase(
      "read-only root filesystem", WritableRootFilesystemCheck(), F.pod(F.spec(hardened)),
      expect: []),
    CheckCase(
      "no security context anywhere", MissingSecurityContextCheck(), F.pod(F.spec()),
      expect: ["app"]),
    CheckCase(
      "pod context present", MissingSecurityContextCheck(),
      F.pod(F.spec(pod: PodSecurityContext(runAsNonRoot: true))), expect: []),
    CheckCase("no resources", ResourcesMissingCheck(), F.pod(F.spec()), expect: ["app"]),
    CheckCase(
      "all four resources; ephemeral skipped", ResourcesMissingCheck(),
      withSpec {
        let r = ResourceRequirements(
          limits: ["cpu": Quantity("1"), "memory": Quantity("1Gi")],
          requests: ["cpu": Quantity("1"), "memory": Quantity("1Gi")])
        $0.containers[0].resources = r
        $0.initContainers[0].resources = r
        $0.ephemeralContainers = [Container(name: "debug")]
      }, expect: []),
    CheckCase("no ephemeral-storage", EphemeralStorageCheck(), F.pod(F.spec()), expect: ["app"]),
    CheckCase(
      "ephemeral-storage request and limit", EphemeralStorageCheck(),
      withSpec {
        let r = ResourceRequirements(
          limits: ["ephemeral-storage": Quantity("1Gi")],
          requests: ["ephemeral-storage": Quantity("1Gi")])
        $0.containers[0].resources = r
        $0.initContainers[0].resources = r
      }, expect: []),
    CheckCase(
      "/var/log/pods mounted writable", WritableLogHostPathCheck(),
      withSpec {
        $0.volumes = [.hostPath(name: "logs", path: "/var/log/pods")]
        $0.containers[0].volumeMounts = [VolumeMount(name: "logs", mountPath: "/logs")]
      }, expect: ["app"]),
    CheckCase(
      "/var/log read-only, /var/logs is another path", WritableLogHostPathCheck(),
      withSpec {
        $0.volumes = [
          .hostPath(name: "logs", path: "/var/log"), .hostPath(name: "x", path: "/var/logs"),
        ]
        $0.containers[0].volumeMounts = [
          VolumeMount(name: "logs", mountPath: "/logs", readOnly: true),
          VolumeMount(name: "x", mountPath: "/x"),
        ]
      }, expect: []),
    CheckCase(":latest", ImageTagCheck(), F.pod(F.spec(image: "nginx:latest")), expect: ["app"]),
    CheckCase(
      "no tag (a registry port is no tag)", ImageTagCheck(),
      F.pod(F.spec(image: "registry:5000/team/app")), expect: ["app"]),
    CheckCase(
      "versioned tag", ImageTagCheck(), F.pod(F.spec(image: "registry:5000/app:1.2")), expect: []),
    CheckCase(
      "digest without tag", ImageTagCheck(),
      F.pod(F.spec(image: "app@sha256:" + String(repeating: "a", count: 64))), expect: []),
    CheckCase("no digest", ImageDigestCheck(), F.pod(F.spec(image: "app:1.2")), expect: ["app"]),
    CheckCase(
      "digest", ImageDigestCheck(),
      F.pod(F.spec(image: "app:1.2@sha256:" + String(repeating: "a", count: 64))), expect: []),
    CheckCase(
      "unset policy on a versioned tag is IfNotPresent", PullPolicyCheck(),
      F.pod(F.spec(image: "app:1.2")), expect: ["app"]),
    CheckCase(
      "unset policy on :latest defaults to Always", PullPolicyCheck(),
      F.pod(F.spec(image: "app:latest")), expect: []),
    CheckCase(
      "default ServiceAccount", DefaultServiceAccountCheck(), F.pod(F.spec()), expect: [nil]),
    CheckCase(
      "own ServiceAccount", DefaultServiceAccountCheck(),
      withSpec { $0.serviceAccountName = "api" }, expect: []),
    CheckCase(
      "default namespace", DefaultNamespaceCheck(), withSpec(namespace: "default") { _ in },
      expect: [nil]),
    CheckCase("own namespace", DefaultNamespaceCheck(), withSpec { _ in }, expect: []),
    CheckCase(
      "port 80", PrivilegedPortCheck(),
      withSpec { $0.containers[0].ports = [ContainerPort(containerPort: 80)] }, expect: ["app"]),
    CheckCase(
      "port 8080", PrivilegedPortCheck(),
      withSpec { $0.containers[0].ports = [ContainerPort(containerPort: 8080)] }, expect: []),
    CheckCase(
      "no probes on a Deployment", ProbesMissingCheck(), withSpec { _ in }, expect: ["app"]),
    CheckCase(
      "no probes on a Job is fine", ProbesMissingCheck(), withSpec(kind: "Job") { _ in }, expect: []
    ),
    CheckCase(
      "readiness probe", ProbesMissingCheck(),
      withSpec { $0.containers[0].readinessProbe = Probe(tcpSocket: .init(port: .int(80))) },
      expect: []),
    CheckCase(
      "automount with RBAC power", ServiceAccountTokenAutomountCheck(),
      F.pod(F.spec(), rbacPower: true), expect: [nil]),
    CheckCase(
      "account opts out of automount", ServiceAccountTokenAutomountCheck(),
      F.pod(
        F.spec(),
        serviceAccount: ServiceAccount(
          metadata: ObjectMeta(name: "default", namespace: "shop"),
          automountServiceAccountToken: false),
        rbacPower: true), expect: []),
    CheckCase(
      "pod overrides the account's opt-out", ServiceAccountTokenAutomountCheck(),
      F.pod(
        {
          var s = F.spec(); s.automountServiceAccountToken = true; return s
        }(),
        serviceAccount: ServiceAccount(
          metadata: ObjectMeta(name: "default", namespace: "shop"),
          automountServiceAccountToken: false),
        rbacPower: true), expect: [nil]),
    CheckCase(
      "automount without RBAC power", ServiceAccountTokenAutomountCheck(), F.pod(F.spec()),
      expect: []),
  ]

  @Test("check finds exactly the expected violations", arguments: cases)
  func check(_ c: CheckCase) {
    #expect(c.check.violations(in: c.pod).map(\.container) == c.expected)
  }

  @Test(
    "image references split repository, tag and digest",
    arguments: [
      ("nginx", "nginx", nil, nil),
      ("nginx:1.27", "nginx", "1.27", nil),
      ("localhost:5000/a/b", "localhost:5000/a/b", nil, nil),
      ("localhost:5000/a/b:v2@sha256:ff", "localhost:5000/a/b", "v2", "sha256:ff"),
    ] as [(String, String, String?, String?)])
  func imageReference(text: String, repository: String, tag: String?, digest: String?) {
    let ref = ImageReference(text)
    #expect(ref.repository == repository && ref.tag == tag && ref.digest == digest)
  }
}

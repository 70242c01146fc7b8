import Hardening
import KubeModel
import Testing

/// Positive and negative cases of every Pod Security Standards check.
@Suite("Pod Security Standards checks")
struct PodSecurityCheckTests {
  typealias F = HardeningFixtures

  static func ctx(_ build: (inout SecurityContext) -> Void) -> SecurityContext {
    var c = SecurityContext()
    build(&c)
    return c
  }

  static func podCtx(_ build: (inout PodSecurityContext) -> Void) -> PodSecurityContext {
    var c = PodSecurityContext()
    build(&c)
    return c
  }

  static func withSpec(_ build: (inout PodSpec) -> Void) -> PodUnderReview {
    var spec = F.restrictedSpec
    build(&spec)
    return F.pod(spec)
  }

  static let cases: [CheckCase] = [
    // HostProcess
    CheckCase(
      "pod hostProcess", HostProcessCheck(),
      F.pod(F.spec(pod: podCtx { $0.windowsOptions = .init(hostProcess: true) })), expect: [nil]),
    CheckCase(
      "container hostProcess", HostProcessCheck(),
      F.pod(F.spec(ctx { $0.windowsOptions = .init(hostProcess: true) })), expect: ["app"]),
    CheckCase(
      "hostProcess false", HostProcessCheck(),
      F.pod(F.spec(ctx { $0.windowsOptions = .init(hostProcess: false) })), expect: []),
    // Host namespaces
    CheckCase("hostPID", HostPIDCheck(), withSpec { $0.hostPID = true }, expect: [nil]),
    CheckCase("hostPID false", HostPIDCheck(), withSpec { $0.hostPID = false }, expect: []),
    CheckCase("hostIPC", HostIPCCheck(), withSpec { $0.hostIPC = true }, expect: [nil]),
    CheckCase("hostIPC unset", HostIPCCheck(), F.pod(F.restrictedSpec), expect: []),
    CheckCase("hostNetwork", HostNetworkCheck(), withSpec { $0.hostNetwork = true }, expect: [nil]),
    CheckCase(
      "hostNetwork false", HostNetworkCheck(), withSpec { $0.hostNetwork = false }, expect: []),
    // Privileged
    CheckCase(
      "privileged init container", PrivilegedContainerCheck(),
      withSpec { $0.initContainers[0].securityContext?.privileged = true }, expect: ["setup"]),
    CheckCase(
      "privileged ephemeral container", PrivilegedContainerCheck(),
      withSpec {
        $0.ephemeralContainers = [
          Container(name: "debug", securityContext: ctx { $0.privileged = true })
        ]
      }, expect: ["debug"]),
    CheckCase(
      "privileged false", PrivilegedContainerCheck(),
      F.pod(F.spec(ctx { $0.privileged = false })), expect: []),
    // Capabilities (baseline)
    CheckCase(
      "add NET_ADMIN", CapabilitiesAddedCheck(),
      F.pod(F.spec(ctx { $0.capabilities = Capabilities(add: ["NET_ADMIN"]) })), expect: ["app"]),
    CheckCase(
      "add CAP_CHOWN (prefixed names are not the default set)", CapabilitiesAddedCheck(),
      F.pod(F.spec(ctx { $0.capabilities = Capabilities(add: ["CAP_CHOWN"]) })), expect: ["app"]),
    CheckCase(
      "add default set", CapabilitiesAddedCheck(),
      F.pod(
        F.spec(ctx { $0.capabilities = Capabilities(add: ["CHOWN", "SETUID", "SYS_CHROOT"]) })),
      expect: []),
    // HostPath
    CheckCase(
      "hostPath volume", HostPathVolumeCheck(),
      withSpec { $0.volumes = [.hostPath(name: "h", path: "/data")] }, expect: [nil]),
    CheckCase(
      "emptyDir volume", HostPathVolumeCheck(),
      withSpec { $0.volumes = [Volume(name: "e", source: "emptyDir")] }, expect: []),
    // Host ports
    CheckCase(
      "hostPort 8080", HostPortCheck(),
      withSpec { $0.containers[0].ports = [ContainerPort(containerPort: 80, hostPort: 8080)] },
      expect: ["app"]),
    CheckCase(
      "hostPort 0", HostPortCheck(),
      withSpec { $0.containers[0].ports = [ContainerPort(containerPort: 80, hostPort: 0)] },
      expect: []),
    // Host probes
    CheckCase(
      "liveness httpGet host", ProbeHostCheck(),
      withSpec {
        $0.containers[0].livenessProbe = Probe(httpGet: .init(host: "10.0.0.1", port: .int(80)))
      },
      expect: ["app"]),
    CheckCase(
      "preStop tcpSocket host", ProbeHostCheck(),
      withSpec {
        $0.initContainers[0].lifecycle = Lifecycle(
          preStop: .init(tcpSocket: .init(host: "metadata", port: .int(80))))
      }, expect: ["setup"]),
    CheckCase(
      "probe without host", ProbeHostCheck(),
      withSpec {
        $0.containers[0].readinessProbe = Probe(httpGet: .init(host: "", port: .int(80)))
      },
      expect: []),
    // AppArmor
    CheckCase(
      "pod AppArmor Unconfined", AppArmorUnconfinedCheck(),
      withSpec { $0.securityContext?.appArmorProfile = SecurityProfile(type: "Unconfined") },
      expect: [nil]),
    CheckCase(
      "container AppArmor Unconfined", AppArmorUnconfinedCheck(),
      withSpec {
        $0.containers[0].securityContext?.appArmorProfile = SecurityProfile(type: "Unconfined")
      },
      expect: ["app"]),
    CheckCase(
      "annotation unconfined", AppArmorUnconfinedCheck(),
      F.pod(
        F.restrictedSpec,
        annotations: ["container.apparmor.security.beta.kubernetes.io/app": "unconfined"]),
      expect: ["app"]),
    CheckCase(
      "Localhost profile and runtime/default annotation", AppArmorUnconfinedCheck(),
      F.pod(
        F.spec(
          ctx { $0.appArmorProfile = SecurityProfile(type: "Localhost", localhostProfile: "p") }),
        annotations: ["container.apparmor.security.beta.kubernetes.io/app": "runtime/default"]),
      expect: []),
    // SELinux
    CheckCase(
      "pod SELinux type spc_t", SELinuxOptionsCheck(),
      F.pod(F.spec(pod: podCtx { $0.seLinuxOptions = SELinuxOptions(type: "spc_t") })),
      expect: [nil]),
    CheckCase(
      "container SELinux user", SELinuxOptionsCheck(),
      F.pod(F.spec(ctx { $0.seLinuxOptions = SELinuxOptions(user: "system_u") })), expect: ["app"]),
    CheckCase(
      "container_engine_t and a level", SELinuxOptionsCheck(),
      F.pod(
        F.spec(
          ctx { $0.seLinuxOptions = SELinuxOptions(type: "container_engine_t", level: "s0:c1") })),
      expect: []),
    // procMount
    CheckCase(
      "procMount Unmasked", ProcMountCheck(),
      withSpec { $0.containers[0].securityContext?.procMount = "Unmasked" }, expect: ["app"]),
    CheckCase(
      "procMount Default", ProcMountCheck(),
      withSpec { $0.containers[0].securityContext?.procMount = "Default" }, expect: []),
    // Seccomp baseline
    CheckCase(
      "pod seccomp Unconfined", SeccompUnconfinedCheck(),
      withSpec { $0.securityContext?.seccompProfile = SecurityProfile(type: "Unconfined") },
      expect: [nil]),
    CheckCase(
      "init container seccomp Unconfined", SeccompUnconfinedCheck(),
      withSpec {
        $0.initContainers[0].securityContext?.seccompProfile = SecurityProfile(type: "Unconfined")
      },
      expect: ["setup"]),
    CheckCase(
      "seccomp unset and Localhost", SeccompUnconfinedCheck(),
      F.pod(
        F.spec(
          ctx { $0.seccompProfile = SecurityProfile(type: "Localhost", localhostProfile: "x") })),
      expect: []),
    // Sysctls
    CheckCase(
      "kernel.msgmax", UnsafeSysctlCheck(),
      F.pod(F.spec(pod: podCtx { $0.sysctls = [Sysctl(name: "kernel.msgmax", value: "1")] })),
      expect: [nil]),
    CheckCase(
      "sysctls added in v1.29 and v1.37", UnsafeSysctlCheck(),
      F.pod(
        F.spec(
          pod: podCtx {
            $0.sysctls = [
              Sysctl(name: "net.ipv4.tcp_keepalive_time", value: "60"),
              Sysctl(name: "net.ipv4.tcp_notsent_lowat", value: "1"),
            ]
          })), expect: []),
    // Volume types
    CheckCase(
      "nfs volume", RestrictedVolumeCheck(),
      withSpec { $0.volumes = [Volume(name: "n", source: "nfs")] }, expect: [nil]),
    CheckCase(
      "allowed volume types", RestrictedVolumeCheck(),
      withSpec {
        $0.volumes = [
          "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "image",
          "persistentVolumeClaim", "projected", "secret",
        ].map { Volume(name: $0, source: $0) }
      }, expect: []),
    CheckCase(
      "hostPath left to the baseline check", RestrictedVolumeCheck(),
      withSpec { $0.volumes = [.hostPath(name: "h", path: "/x")] }, expect: []),
    // Privilege escalation
    CheckCase(
      "allowPrivilegeEscalation unset", PrivilegeEscalationCheck(),
      F.pod(F.spec(ctx { _ in })), expect: ["app"]),
    CheckCase(
      "allowPrivilegeEscalation true on init", PrivilegeEscalationCheck(),
      withSpec { $0.initContainers[0].securityContext?.allowPrivilegeEscalation = true },
      expect: ["setup"]),
    CheckCase(
      "allowPrivilegeEscalation false everywhere", PrivilegeEscalationCheck(),
      F.pod(F.restrictedSpec), expect: []),
    CheckCase(
      "windows pods skip privilege escalation", PrivilegeEscalationCheck(),
      F.pod(PodSpec(containers: [Container(name: "w")], os: F.windows)), expect: []),
    // runAsUser
    CheckCase(
      "pod runAsUser 0", RunAsRootUIDCheck(),
      withSpec { $0.securityContext?.runAsUser = 0 }, expect: [nil]),
    CheckCase(
      "container runAsUser 1000", RunAsRootUIDCheck(),
      withSpec { $0.containers[0].securityContext?.runAsUser = 1000 }, expect: []),
    // Seccomp restricted
    CheckCase(
      "no seccomp anywhere", SeccompMissingCheck(),
      F.pod(F.spec(ctx { _ in })), expect: ["app"]),
    CheckCase(
      "pod RuntimeDefault covers containers", SeccompMissingCheck(),
      F.pod(F.restrictedSpec), expect: []),
    // Capabilities restricted
    CheckCase(
      "no drop ALL", CapabilitiesNotDroppedCheck(),
      F.pod(F.spec(ctx { $0.capabilities = Capabilities(drop: ["NET_RAW"]) })), expect: ["app"]),
    CheckCase(
      "drop ALL but add CHOWN", CapabilitiesNotDroppedCheck(),
      F.pod(F.spec(ctx { $0.capabilities = Capabilities(add: ["CHOWN"], drop: ["ALL"]) })),
      expect: ["app"]),
    CheckCase(
      "drop ALL, add NET_BIND_SERVICE", CapabilitiesNotDroppedCheck(),
      F.pod(
        F.spec(ctx { $0.capabilities = Capabilities(add: ["NET_BIND_SERVICE"], drop: ["ALL"]) })),
      expect: []),
  ]

  @Test("check finds exactly the expected violations", arguments: cases)
  func check(_ c: CheckCase) {
    let found = c.check.violations(in: c.pod)
    #expect(found.map(\.container) == c.expected)
    for v in found {
      #expect(!v.fieldPath.isEmpty && !v.message.isEmpty)
    }
  }

  @Test("field paths name the container list and field")
  func fieldPaths() throws {
    let pod = Self.withSpec { $0.initContainers[0].securityContext?.privileged = true }
    let v = try #require(PrivilegedContainerCheck().violations(in: pod).first)
    #expect(v.fieldPath == "spec.initContainers[name=setup].securityContext.privileged")
    #expect(v.value == "true")
  }

  @Test("SYS_ADMIN or ALL makes added capabilities critical")
  func criticalCapabilities() throws {
    let pod = F.pod(F.spec(Self.ctx { $0.capabilities = Capabilities(add: ["SYS_ADMIN"]) }))
    #expect(CapabilitiesAddedCheck().violations(in: pod).first?.severity == .critical)
    let mild = F.pod(F.spec(Self.ctx { $0.capabilities = Capabilities(add: ["NET_ADMIN"]) }))
    #expect(CapabilitiesAddedCheck().violations(in: mild).first?.severity == nil)
  }

  @Test("hostUsers: false moves procMount to restricted and exempts runAsNonRoot/runAsUser")
  func userNamespaces() {
    let pod = Self.withSpec {
      $0.hostUsers = false
      $0.containers[0].securityContext?.procMount = "Unmasked"
      $0.securityContext = PodSecurityContext(
        runAsUser: 0, seccompProfile: SecurityProfile(type: "RuntimeDefault"))
    }
    #expect(ProcMountCheck().violations(in: pod).map(\.pssLevel) == [.restricted])
    #expect(RunAsNonRootCheck().violations(in: pod).isEmpty)
    #expect(RunAsRootUIDCheck().violations(in: pod).isEmpty)
  }

  @Test("Windows pods skip seccomp and capabilities at restricted, not runAsNonRoot")
  func windows() {
    let pod = F.pod(PodSpec(containers: [Container(name: "w")], os: F.windows))
    #expect(SeccompMissingCheck().violations(in: pod).isEmpty)
    #expect(CapabilitiesNotDroppedCheck().violations(in: pod).isEmpty)
    #expect(RunAsNonRootCheck().violations(in: pod).map(\.container) == ["w"])
  }
}

import Hardening
import KubeModel
import Testing

/// Pod-level vs container-level precedence, as PSA implements it (spec §1).
@Suite("Pod and container precedence")
struct PrecedenceTests {
  typealias F = HardeningFixtures

  static func pod(
    podNonRoot: Bool?, app: Bool?, setup: Bool?, podSeccomp: String? = "RuntimeDefault",
    appSeccomp: String? = nil, setupSeccomp: String? = nil
  ) -> PodUnderReview {
    func ctx(_ nonRoot: Bool?, _ seccomp: String?) -> SecurityContext {
      SecurityContext(
        capabilities: Capabilities(drop: ["ALL"]), runAsNonRoot: nonRoot,
        allowPrivilegeEscalation: false, seccompProfile: seccomp.map { SecurityProfile(type: $0) })
    }
    return F.pod(
      PodSpec(
        containers: [Container(name: "app", image: "a:1", securityContext: ctx(app, appSeccomp))],
        initContainers: [
          Container(name: "setup", image: "s:1", securityContext: ctx(setup, setupSeccomp))
        ],
        securityContext: PodSecurityContext(
          runAsNonRoot: podNonRoot, seccompProfile: podSeccomp.map { SecurityProfile(type: $0) })))
  }

  @Test(
    "runAsNonRoot: explicit false anywhere fails; otherwise pod true or container true",
    arguments: [
      (true, nil, nil, [String?]()),
      (true, false, nil, ["app"]),
      (true, nil, false, ["setup"]),
      (false, true, true, [nil]),
      (nil, true, nil, ["setup"]),
      (nil, true, true, []),
      (nil, nil, nil, ["setup", "app"]),
    ] as [(Bool?, Bool?, Bool?, [String?])])
  func runAsNonRoot(podValue: Bool?, app: Bool?, setup: Bool?, expected: [String?]) {
    let found = RunAsNonRootCheck().violations(
      in: Self.pod(podNonRoot: podValue, app: app, setup: setup))
    #expect(found.map(\.container) == expected)
  }

  @Test("pod seccomp RuntimeDefault with a container Unconfined fails baseline, not 'missing'")
  func seccompOverride() throws {
    let pod = Self.pod(podNonRoot: true, app: nil, setup: nil, appSeccomp: "Unconfined")
    #expect(SeccompUnconfinedCheck().violations(in: pod).map(\.container) == ["app"])
    #expect(SeccompMissingCheck().violations(in: pod).isEmpty)
    let findings = HardeningEngine().findings(in: pod, target: pod.workload)
    #expect(WorkloadAssessment.levelMet(by: findings) == .privileged)
  }

  @Test("pod without seccomp: every container must set a valid profile, init included")
  func seccompPerContainer() {
    let pod = Self.pod(
      podNonRoot: true, app: nil, setup: nil, podSeccomp: nil, appSeccomp: "Localhost")
    #expect(SeccompMissingCheck().violations(in: pod).map(\.container) == ["setup"])
    let both = Self.pod(
      podNonRoot: true, app: nil, setup: nil, podSeccomp: nil, appSeccomp: "RuntimeDefault",
      setupSeccomp: "Localhost")
    #expect(SeccompMissingCheck().violations(in: both).isEmpty)
  }

  @Test("runAsUser 0 fails even next to runAsNonRoot true")
  func rootUIDWithNonRoot() {
    var spec = Self.pod(podNonRoot: true, app: true, setup: nil).spec
    spec.containers[0].securityContext?.runAsUser = 0
    let pod = F.pod(spec)
    #expect(RunAsNonRootCheck().violations(in: pod).isEmpty)
    #expect(RunAsRootUIDCheck().violations(in: pod).map(\.container) == ["app"])
  }

  @Test("a container-level runAsUser wins over the pod's for the low-UID note")
  func lowUIDPrecedence() {
    var spec = Self.pod(podNonRoot: true, app: nil, setup: nil).spec
    spec.securityContext?.runAsUser = 1000
    spec.containers[0].securityContext?.runAsUser = 20000
    #expect(LowUIDCheck().violations(in: F.pod(spec)).map(\.container) == ["setup"])
  }
}

import Hardening
import KubeModel
import Testing

/// The Pod Security Admission fixtures (v1.25, adjusted to the current standard; see the
/// fixtures' README): every fail fixture violates its level, no pass fixture does.
@Suite("Pod Security Admission fixtures")
struct PSAFixtureTests {
  /// The control each fixture prefix exercises.
  static let controls: [String: String] = [
    "hostnamespaces": "Host Namespaces", "privileged": "Privileged Containers",
    "capabilities_baseline": "Capabilities", "hostpathvolumes": "HostPath Volumes",
    "hostports": "Host Ports", "apparmorprofile": "AppArmor", "selinuxoptions": "SELinux",
    "procmount": "/proc Mount Type", "seccompprofile_baseline": "Seccomp", "sysctls": "Sysctls",
    "windowshostprocess": "HostProcess", "restrictedvolumes": "Volume Types",
    "allowprivilegeescalation": "Privilege Escalation", "runasnonroot": "Running as Non-root",
    "runasuser": "Running as Non-root user", "seccompprofile_restricted": "Seccomp",
    "capabilities_restricted": "Capabilities",
  ]

  /// Prefixes of checks only restricted forbids.
  static let restrictedOnly: Set<String> = [
    "restrictedvolumes", "allowprivilegeescalation", "runasnonroot", "runasuser",
    "seccompprofile_restricted", "capabilities_restricted", "procmount",
  ]

  /// The check prefix of a fixture name (`capabilities_baseline2` → `capabilities_baseline`).
  static func prefix(_ name: String) -> String {
    String(name.reversed().drop(while: \.isNumber).reversed())
  }

  /// The PSS findings of a report.
  static func pss(_ report: HardeningReport) -> [Finding] {
    report.findings.filter { $0.pss != nil }
  }

  @Test("the fixture folders hold the expected number of pods")
  func counts() {
    #expect(HardeningFixtures.psaNames("baseline/fail").count == 27)
    #expect(HardeningFixtures.psaNames("baseline/pass").count == 11)
    #expect(HardeningFixtures.psaNames("restricted/fail").count == 69)
    #expect(HardeningFixtures.psaNames("restricted/pass").count == 17)
  }

  @Test(
    "every baseline fail fixture violates baseline, with the named control",
    arguments: HardeningFixtures.psaNames("baseline/fail"))
  func baselineFail(name: String) throws {
    let report = try HardeningFixtures.evaluatePSA("baseline/fail", name)
    let baseline = Self.pss(report).filter { $0.pss?.level == .baseline }
    #expect(!baseline.isEmpty, "\(name): no baseline finding")
    let control = try #require(Self.controls[Self.prefix(name)])
    #expect(baseline.contains { $0.pss?.control == control }, "\(name): \(baseline.map(\.rule))")
    #expect(report.workloads.map(\.level) == [.privileged])
    #expect(report.findings.allSatisfy { $0.target.kind != "Pod" || $0.target.name == name })
  }

  @Test(
    "no baseline pass fixture violates baseline",
    arguments: HardeningFixtures.psaNames("baseline/pass"))
  func baselinePass(name: String) throws {
    let report = try HardeningFixtures.evaluatePSA("baseline/pass", name)
    let baseline = Self.pss(report).filter { $0.pss?.level == .baseline }
    #expect(baseline.isEmpty, "\(name): \(baseline.map(\.message))")
    #expect(report.workloads.allSatisfy { $0.level >= .baseline })
  }

  @Test(
    "every restricted fail fixture violates restricted, with the named control",
    arguments: HardeningFixtures.psaNames("restricted/fail"))
  func restrictedFail(name: String) throws {
    let report = try HardeningFixtures.evaluatePSA("restricted/fail", name)
    let findings = Self.pss(report)
    #expect(!findings.isEmpty, "\(name): no PSS finding")
    var controls: Set<String> = [try #require(Self.controls[Self.prefix(name)])]
    // A hostPath volume breaks restrictedVolumes too; it is reported once, at the lowest
    // level that forbids it (baseline, HostPath Volumes).
    if name == "restrictedvolumes19" { controls = ["HostPath Volumes"] }
    #expect(
      findings.contains { controls.contains($0.pss!.control) }, "\(name): \(findings.map(\.rule))")
    // An explicit Unconfined seccomp profile and a hostPath volume break baseline as well.
    let alsoBaseline: Set = [
      "restrictedvolumes19", "seccompprofile_restricted1", "seccompprofile_restricted4",
    ]
    let expected: PSSLevel =
      Self.restrictedOnly.contains(Self.prefix(name)) && !alsoBaseline.contains(name)
      ? .baseline : .privileged
    #expect(report.workloads.map(\.level) == [expected], "\(name)")
  }

  @Test(
    "no restricted pass fixture has any PSS finding",
    arguments: HardeningFixtures.psaNames("restricted/pass"))
  func restrictedPass(name: String) throws {
    let report = try HardeningFixtures.evaluatePSA("restricted/pass", name)
    #expect(Self.pss(report).isEmpty, "\(name): \(Self.pss(report).map(\.message))")
    #expect(report.workloads.map(\.level) == [.restricted])
  }
}

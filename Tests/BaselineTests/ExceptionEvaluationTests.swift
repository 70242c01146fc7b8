import KubeModel
import Testing

@testable import Baseline

@Suite("Exceptions applied to findings: statuses, expiry, staleness, value binding")
struct ExceptionEvaluationTests {
  static let today = CalendarDate("2026-11-28")!

  static func finding(
    _ rule: String, _ kind: String, _ ns: String, _ name: String, container: String? = nil,
    path: String? = nil, value: String? = nil
  ) -> Finding {
    Finding(
      rule: rule, domain: .workload, severity: .high,
      target: FindingTarget(kind: kind, namespace: ns, name: name, container: container),
      message: "m", fieldPath: path, value: value)
  }

  static func entry(
    _ id: String, _ rule: String, _ target: ExceptionTarget, expires: String = "2027-06-01",
    value: ValueBinding? = nil
  ) -> ExceptionEntry {
    ExceptionEntry(
      id: id, rule: rule, target: target, value: value, justification: "j", owner: "o",
      expires: expires)
  }

  static let findings = [
    finding("workload.privileged", "DaemonSet", "kube-system", "cilium", container: "agent"),
    finding("workload.privileged", "DaemonSet", "kube-system", "cilium", container: "init"),
    finding(
      "workload.capabilities", "Deployment", "shop", "api", container: "api",
      path: "capabilities.add", value: "NET_ADMIN,SYS_TIME"),
    finding("workload.latest-tag", "Deployment", "shop", "api-gateway", container: "gw"),
    finding("workload.latest-tag", "Deployment", "shop", "api", container: "api"),
  ]

  static let rules: Set<String> = [
    "workload.privileged", "workload.capabilities", "workload.latest-tag",
  ]

  func evaluate(_ entries: [ExceptionEntry]) -> ExceptionEvaluation {
    ExceptionEvaluation(
      file: ExceptionFile(entries: entries), findings: Self.findings, knownRules: Self.rules,
      today: Self.today)
  }

  @Test("an exact target covers only its container; others stay open")
  func containerScoped() {
    let e = evaluate([
      Self.entry(
        "EXC-0001", "workload.privileged",
        .init(kind: "DaemonSet", namespace: "kube-system", name: "cilium", container: "agent"))
    ])
    #expect(e.statuses == [.excepted, .open, .open, .open, .open])
    #expect(e.exceptionIDs[0] == "EXC-0001")
    #expect(e.audits[0].status == .active && e.audits[0].findings == [0])
  }

  @Test("exact names never match by prefix; prefix and glob must be asked for and are broad")
  func nameMatching() {
    let exact = evaluate([
      Self.entry(
        "EXC-0001", "workload.latest-tag", .init(kind: "Deployment", namespace: "shop", name: "api")
      )
    ])
    #expect(exact.statuses[3] == .open && exact.statuses[4] == .excepted)
    #expect(!exact.audits[0].isBroad)
    let prefix = evaluate([
      Self.entry(
        "EXC-0001", "workload.latest-tag",
        .init(kind: "Deployment", namespace: "shop", name: "api", match: .prefix))
    ])
    #expect(
      prefix.statuses[3] == .excepted && prefix.statuses[4] == .excepted && prefix.audits[0].isBroad
    )
    let glob = evaluate([
      Self.entry(
        "EXC-0001", "workload.latest-tag",
        .init(kind: "Deployment", namespace: "shop", name: "api-*", match: .glob))
    ])
    #expect(glob.statuses[3] == .excepted && glob.statuses[4] == .open)
  }

  @Test("a value binding applies only while the value still satisfies it")
  func valueBinding() {
    let target = ExceptionTarget(
      kind: "Deployment", namespace: "shop", name: "api", container: "api")
    let allowed = evaluate([
      Self.entry(
        "EXC-0001", "workload.capabilities", target,
        value: .init(constraint: .subsetOf(["NET_ADMIN", "SYS_TIME", "CHOWN"])))
    ])
    #expect(allowed.statuses[2] == .excepted)
    let drifted = evaluate([
      Self.entry(
        "EXC-0001", "workload.capabilities", target,
        value: .init(constraint: .subsetOf(["NET_ADMIN"])))
    ])
    #expect(drifted.statuses[2] == .open && drifted.audits[0].status == .stale)
    let paths = ValueBinding(constraint: .subsetOf(["/var/log", "/var/lib/docker/containers"]))
    #expect(paths.holds(path: nil, value: "/var/log; /var/lib/docker/containers"))
    #expect(!paths.holds(path: nil, value: "/var/log; /etc"))
    let wrongPath = evaluate([
      Self.entry(
        "EXC-0001", "workload.capabilities", target,
        value: .init(path: "other", constraint: .equals("NET_ADMIN,SYS_TIME")))
    ])
    #expect(wrongPath.statuses[2] == .open)
  }

  @Test("expiry: active, expiring within 30 days, expired findings show again as expired")
  func expiry() {
    let target = ExceptionTarget(kind: "DaemonSet", namespace: "kube-system", name: "cilium")
    let e = evaluate([
      Self.entry("EXC-0001", "workload.privileged", target, expires: "2026-12-28"),
      Self.entry(
        "EXC-0002", "workload.latest-tag",
        .init(kind: "Deployment", namespace: "shop", name: "api"), expires: "2026-11-27"),
      Self.entry(
        "EXC-0003", "workload.latest-tag",
        .init(kind: "Deployment", namespace: "shop", name: "api-gateway"), expires: "2026-11-28"),
    ])
    #expect(e.audits.map(\.status) == [.expiring, .expired, .expiring])
    #expect(e.audits.map(\.daysLeft) == [30, -1, 0])
    #expect(e.statuses == [.excepted, .excepted, .open, .excepted, .expired])
    #expect(e.exceptionIDs[4] == "EXC-0002")
    #expect(e.statuses.filter(\.counts).count == 2)
  }

  @Test("an active exception wins over an expired one for the same finding")
  func activeWinsOverExpired() {
    let target = ExceptionTarget(kind: "Deployment", namespace: "shop", name: "api")
    let e = evaluate([
      Self.entry("EXC-0001", "workload.latest-tag", target, expires: "2026-01-01"),
      Self.entry("EXC-0002", "workload.latest-tag", target),
    ])
    #expect(e.statuses[4] == .excepted && e.exceptionIDs[4] == "EXC-0002")
  }

  @Test("stale and invalid exceptions are reported and change nothing")
  func staleAndInvalid() {
    let e = evaluate([
      Self.entry(
        "EXC-0001", "workload.privileged", .init(kind: "Deployment", namespace: "gone", name: "x")),
      Self.entry(
        "EXC-0002", "workload.no-such-rule",
        .init(kind: "Deployment", namespace: "shop", name: "api")),
      Self.entry(
        "EXC-0003", "workload.latest-tag",
        .init(kind: "Deployment", namespace: "shop", name: "api"), expires: "next year"),
    ])
    #expect(e.audits.map(\.status) == [.stale, .invalid, .invalid])
    #expect(e.audits[1].problem == "unknown rule workload.no-such-rule")
    #expect(e.audits[2].problem?.contains("next year") == true)
    #expect(e.statuses.allSatisfy { $0 == .open })
  }
}

@Suite("Exception drafts prefilled from a finding")
struct ExceptionDraftTests {
  @Test("the draft targets the finding, pins its value, proposes +90 days and the next id")
  func prefill() throws {
    let finding = Finding(
      rule: "workload.capabilities", domain: .workload, severity: .high,
      target: FindingTarget(kind: "Deployment", namespace: "shop", name: "api", container: "api"),
      message: "adds capabilities",
      fieldPath: "spec.containers[name=api].securityContext.capabilities.add",
      value: "NET_ADMIN,SYS_TIME")
    let existing = ExceptionFile(entries: [
      ExceptionEvaluationTests.entry(
        "EXC-0041", "workload.privileged", .init(kind: "Pod", namespace: "a", name: "b"))
    ])
    let today = try #require(CalendarDate("2026-11-28"))
    var draft = ExceptionDraft(finding: finding, file: existing, today: today)
    #expect(draft.entry.id == "EXC-0042")
    #expect(
      draft.entry.target
        == ExceptionTarget(kind: "Deployment", namespace: "shop", name: "api", container: "api"))
    #expect(draft.entry.value?.constraint == .subsetOf(["NET_ADMIN", "SYS_TIME"]))
    #expect(draft.entry.created == "2026-11-28" && draft.entry.expires == "2027-02-26")
    #expect(draft.entry.covers(finding))
    #expect(draft.problems(today: today) == ["justification is required", "owner is required"])
    draft.entry.justification = "needs raw sockets"
    draft.entry.owner = "team-shop"
    draft.entry.expires = "2026-11-01"
    #expect(draft.problems(today: today) == ["expires is in the past"])
  }
}

import Hardening
import KubeModel
import Testing

/// Attribution to top controllers, de-duplication, drift, levels and namespaces.
@Suite("Hardening engine")
struct HardeningEngineTests {
  typealias F = HardeningFixtures

  static let privilegedTemplate = """
        metadata: {labels: {app: api}}
        spec:
          containers:
          - name: api
            image: ghcr.io/acme/api:1.0
            securityContext: {privileged: true}
    """

  static let deployment = """
    apiVersion: v1
    kind: Namespace
    metadata: {name: shop, labels: {pod-security.kubernetes.io/enforce: baseline}}
    ---
    apiVersion: apps/v1
    kind: Deployment
    metadata: {name: api, namespace: shop}
    spec:
      replicas: 3
      selector: {matchLabels: {app: api}}
      template:
    \(privilegedTemplate)
    ---
    apiVersion: apps/v1
    kind: ReplicaSet
    metadata:
      name: api-5f7
      namespace: shop
      ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: api, controller: true}]
    spec:
      selector: {matchLabels: {app: api}}
      template:
    \(privilegedTemplate)
    """

  static func pod(_ name: String, owner: String, ephemeral: Bool = false) -> String {
    """

    ---
    apiVersion: v1
    kind: Pod
    metadata:
      name: \(name)
      namespace: shop
      labels: {app: api}
      ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: \(owner), controller: true}]
    spec:
      containers:
      - name: api
        image: ghcr.io/acme/api:1.0
        securityContext: {privileged: true}
    \(ephemeral ? "  ephemeralContainers:\n  - {name: debugger, image: busybox}" : "")
    """
  }

  @Test("replicas collapse into one finding on the Deployment")
  func attribution() throws {
    let yaml =
      Self.deployment + Self.pod("api-5f7-a", owner: "api-5f7")
      + Self.pod("api-5f7-b", owner: "api-5f7") + Self.pod("api-5f7-c", owner: "api-5f7")
    let report = try F.evaluate(yaml)
    let privileged = report.findings.filter { $0.rule == "workload.privileged" }
    #expect(
      privileged.map(\.target) == [
        FindingTarget(kind: "Deployment", namespace: "shop", name: "api", container: "api")
      ])
    #expect(privileged.first?.fieldPath == "spec.containers[name=api].securityContext.privileged")
    #expect(report.workloads.map(\.workload.kind) == ["Deployment"])
    #expect(report.workloads.first?.level == .privileged)
  }

  @Test("a pod that drifted from its template reports only the difference, as Pod")
  func drift() throws {
    let yaml = Self.deployment + Self.pod("api-5f7-a", owner: "api-5f7", ephemeral: true)
    let report = try F.evaluate(yaml)
    let podFindings = report.findings.filter { $0.target.kind == "Pod" }
    #expect(!podFindings.isEmpty)
    #expect(
      podFindings.allSatisfy { $0.target.name == "api-5f7-a" && $0.target.container == "debugger" })
    #expect(report.workloads.first?.findings.contains { $0.target.kind == "Pod" } == true)
  }

  @Test("a bare pod is its own workload")
  func barePod() throws {
    let report = try F.evaluate(
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: tool, namespace: ops}
      spec: {hostPID: true, containers: [{name: sh, image: busybox:1.36}]}
      """)
    let finding = try #require(report.findings.first { $0.rule == "workload.host-pid" })
    #expect(finding.target == FindingTarget(kind: "Pod", namespace: "ops", name: "tool"))
    #expect(finding.pss == PSSControl(level: .baseline, control: "Host Namespaces"))
  }

  @Test(
    "the same template gives the same PSS findings for every controller kind",
    arguments: [
      "Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob",
      "ReplicationController",
    ])
  func sameFindingsAcrossKinds(kind: String) throws {
    let spec =
      "{hostNetwork: true, containers: [{name: c, image: x:1, securityContext: {privileged: true}}]}"
    let body: String
    switch kind {
    case "Pod": body = "spec: \(spec)"
    case "CronJob":
      body = "spec: {schedule: '* * * * *', jobTemplate: {spec: {template: {spec: \(spec)}}}}"
    default: body = "spec: {template: {spec: \(spec)}}"
    }
    let api =
      ["Pod": "v1", "ReplicationController": "v1", "Job": "batch/v1", "CronJob": "batch/v1"][kind]
      ?? "apps/v1"
    let report = try F.evaluate(
      "apiVersion: \(api)\nkind: \(kind)\nmetadata: {name: w, namespace: n}\n\(body)")
    let pss = report.findings.filter { $0.pss != nil }.map {
      "\($0.rule)|\($0.target.container ?? "")|\($0.fieldPath ?? "")"
    }
    #expect(
      pss.sorted() == [
        "workload.capabilities-not-dropped|c|spec.containers[name=c].securityContext.capabilities.drop",
        "workload.host-network||spec.hostNetwork",
        "workload.privilege-escalation|c|spec.containers[name=c].securityContext.allowPrivilegeEscalation",
        "workload.privileged|c|spec.containers[name=c].securityContext.privileged",
        "workload.run-as-non-root|c|spec.containers[name=c].securityContext.runAsNonRoot",
        "workload.seccomp-missing|c|spec.containers[name=c].securityContext.seccompProfile.type",
      ])
    #expect(report.findings.allSatisfy { $0.target.kind == kind || $0.target.kind == "Namespace" })
  }

  @Test("several violations of one rule and container merge into one finding")
  func merge() throws {
    let report = try F.evaluate(
      """
      apiVersion: v1
      kind: Pod
      metadata: {name: p, namespace: n}
      spec:
        containers: [{name: c, image: x:1}]
        volumes:
        - {name: a, hostPath: {path: /data}}
        - {name: b, hostPath: {path: /srv}}
      """)
    let hostPath = report.findings.filter { $0.rule == "workload.host-path" }
    #expect(hostPath.count == 1)
    #expect(hostPath.first?.value == "/data; /srv")
    #expect(
      hostPath.first?.fieldPath
        == "spec.volumes[name=a].hostPath.path, spec.volumes[name=b].hostPath.path")
  }

  @Test("namespaces compare their enforce label with the workloads' levels")
  func namespaces() throws {
    let yaml = """
      apiVersion: v1
      kind: Namespace
      metadata: {name: strict, labels: {pod-security.kubernetes.io/enforce: restricted}}
      ---
      apiVersion: v1
      kind: Namespace
      metadata: {name: loose, labels: {pod-security.kubernetes.io/enforce: privileged}}
      ---
      apiVersion: v1
      kind: Namespace
      metadata: {name: bare}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: root, namespace: strict}
      spec: {containers: [{name: c, image: x:1}]}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: fine, namespace: loose}
      spec: {containers: [{name: c, image: x:1}]}
      """
    let report = try F.evaluate(yaml)
    let byName = Dictionary(uniqueKeysWithValues: report.namespaces.map { ($0.namespace, $0) })
    #expect(
      byName["strict"]?.workloadsBelowEnforced == [
        ObjectKey(kind: "Pod", namespace: "strict", name: "root")
      ])
    #expect(byName["loose"]?.strictestLevelMet == .baseline)
    #expect(byName["loose"]?.enforcesLessThanMet == true)
    #expect(byName["bare"]?.enforced == nil)
    let rules = report.findings.filter { $0.rule.hasPrefix("workload.namespace-psa") }
      .map { "\($0.rule) \($0.target)" }.sorted()
    #expect(
      rules == [
        "workload.namespace-psa-missing Namespace/bare",
        "workload.namespace-psa-violated Pod/strict/root",
        "workload.namespace-psa-weak Namespace/loose",
      ])
  }

  @Test("automounted tokens are findings only for ServiceAccounts with RBAC power")
  func rbacPower() throws {
    let yaml = """
      apiVersion: v1
      kind: ServiceAccount
      metadata: {name: deployer, namespace: ci}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: runner, namespace: ci}
      spec: {serviceAccountName: deployer, containers: [{name: c, image: x:1}]}
      """
    let power: Set<ObjectKey> = [HardeningEngine.accountKey("ci", "deployer")]
    let without = try F.evaluate(yaml)
    let with = try F.evaluate(yaml, rbacPower: power)
    #expect(!without.findings.contains { $0.rule == "workload.sa-token-automount" })
    #expect(with.findings.filter { $0.rule == "workload.sa-token-automount" }.count == 1)
    let optOut = try F.evaluate(
      yaml.replacingOccurrences(
        of: "serviceAccountName: deployer,",
        with: "serviceAccountName: deployer, automountServiceAccountToken: false,"),
      rbacPower: power)
    #expect(!optOut.findings.contains { $0.rule == "workload.sa-token-automount" })
  }

  @Test("large snapshots are evaluated in parallel chunks, in workload order")
  func parallelOrder() {
    let objects = (0..<700).map { i -> KubeObject in
      var spec = F.restrictedSpec
      if i % 3 == 0 { spec.hostNetwork = true }
      if i % 5 == 0 { spec.containers[0].securityContext?.privileged = true }
      return .pod(Pod(metadata: ObjectMeta(name: "p\(i)", namespace: "ns\(i % 7)"), spec: spec))
    }
    let snapshot = Snapshot(objects: objects)
    let engine = HardeningEngine(snapshotChecks: [])
    let report = engine.evaluate(snapshot)
    let sequential = snapshot.workloads.flatMap { workload in
      engine.findings(
        in: PodUnderReview(workload: workload.key, template: workload.template),
        target: workload.key)
    }
    #expect(report.workloads.map(\.workload) == snapshot.workloads.map(\.key))
    #expect(report.findings == sequential)
    #expect(report.workloads.filter { $0.level == .privileged }.count == 327)
  }

  @Test("every rule id is unique, namespaced by its domain and documented")
  func catalogue() {
    let ids = HardeningRules.all.map(\.id)
    #expect(Set(ids).count == ids.count)
    for rule in HardeningRules.all {
      #expect(rule.id.hasPrefix(rule.domain.rawValue + "."), "\(rule.id)")
      #expect(!rule.title.isEmpty && !rule.summary.isEmpty && !rule.rationale.isEmpty)
      #expect(!rule.remediation.isEmpty && !rule.references.isEmpty, "\(rule.id)")
    }
    let heuristics = [
      "logging.audit-log-missing", "logging.no-log-shipping", "logging.no-runtime-detection",
    ]
    for id in heuristics {
      let rule = HardeningRules.all.first { $0.id == id }
      #expect(rule?.severity == .low && rule?.summary.contains("Heuristic") == true, "\(id)")
    }
  }
}

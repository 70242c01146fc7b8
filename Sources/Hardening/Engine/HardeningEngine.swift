import KubeModel

/// Evaluates every workload of a snapshot against the hardening catalogue: the Pod Security
/// Standards (baseline and restricted, latest version) and the wider workload, secrets and
/// logging checks.
///
/// Each workload's pod template is evaluated once and its findings attach to the top
/// controller (replicas de-duplicated); a pod that drifted from its template (an ephemeral
/// container added) additionally reports what its template does not, as `Pod`.
public struct HardeningEngine: Sendable {
  /// ServiceAccounts (keys of kind `ServiceAccount`) that hold RBAC power, from the RBAC
  /// analysis; their automounted tokens are findings.
  public var serviceAccountsWithRBACPower: Set<ObjectKey>
  /// The pod checks run on every template.
  public var podChecks: [any PodCheck]
  /// The snapshot-wide checks run after the workloads.
  public var snapshotChecks: [any SnapshotCheck]

  /// Creates an engine with the full catalogue.
  public init(
    serviceAccountsWithRBACPower: Set<ObjectKey> = [],
    podChecks: [any PodCheck] = HardeningRules.podChecks,
    snapshotChecks: [any SnapshotCheck] = HardeningRules.snapshotChecks
  ) {
    self.serviceAccountsWithRBACPower = serviceAccountsWithRBACPower
    self.podChecks = podChecks
    self.snapshotChecks = snapshotChecks
  }

  /// Evaluates a snapshot.
  ///
  /// - Complexity: O(*w* · *c* + *p*) for *w* workloads, *c* checks and *p* pods.
  public func evaluate(_ snapshot: Snapshot) -> HardeningReport {
    let accounts = Dictionary(
      snapshot.serviceAccounts.map { (Self.accountKey($0.namespace, $0.metadata.name), $0) },
      uniquingKeysWith: { first, _ in first })
    let workloads = ParallelMap.map(snapshot.workloads) {
      assess($0, in: snapshot, accounts: accounts)
    }
    let namespaces = Self.assessNamespaces(snapshot, workloads: workloads)
    let review = SnapshotReview(snapshot: snapshot, workloads: workloads, namespaces: namespaces)
    var findings = workloads.flatMap(\.findings)
    for check in snapshotChecks { findings += check.findings(in: review) }
    return HardeningReport(workloads: workloads, namespaces: namespaces, findings: findings)
  }

  /// The findings of one pod template, attributed to `target`.
  ///
  /// - Complexity: O(*c* · *k*) for *c* checks and *k* containers.
  public func findings(in pod: PodUnderReview, target: ObjectKey) -> [Finding] {
    var out: [Finding] = []
    for check in podChecks {
      let violations = check.violations(in: pod)
      guard !violations.isEmpty else { continue }
      out += Self.merge(violations, rule: check.rule, target: target)
    }
    return out
  }

  /// Assesses one workload: its template, then pods that drifted from it.
  private func assess(
    _ workload: Workload, in snapshot: Snapshot, accounts: [ObjectKey: ServiceAccount]
  ) -> WorkloadAssessment {
    let templateFindings = findings(
      in: review(workload.key, workload.template, accounts: accounts), target: workload.key)
    let drift =
      workload.kind == "Pod"
      ? [] : driftFindings(of: workload, in: snapshot, accounts: accounts, known: templateFindings)
    return WorkloadAssessment(
      workload: workload.key, level: WorkloadAssessment.levelMet(by: templateFindings),
      findings: templateFindings + drift)
  }

  /// Findings of the workload's pods that carry ephemeral containers (the drift a template
  /// cannot show), minus what the template already reports, attributed to each `Pod`.
  private func driftFindings(
    of workload: Workload, in snapshot: Snapshot, accounts: [ObjectKey: ServiceAccount],
    known: [Finding]
  ) -> [Finding] {
    let seen = Set(known.map { DriftKey(rule: $0.rule, container: $0.target.container) })
    return workload.podIndices.lazy.map { snapshot.pods[$0] }
      .filter { !$0.spec.ephemeralContainers.isEmpty }
      .flatMap { pod in
        let template = PodTemplateSpec(
          labels: pod.metadata.labels, annotations: pod.metadata.annotations, spec: pod.spec)
        return findings(in: review(pod.key, template, accounts: accounts), target: pod.key)
          .filter { !seen.contains(DriftKey(rule: $0.rule, container: $0.target.container)) }
      }
  }

  /// The pod under review for a template, with its ServiceAccount resolved.
  private func review(
    _ key: ObjectKey, _ template: PodTemplateSpec, accounts: [ObjectKey: ServiceAccount]
  ) -> PodUnderReview {
    let accountKey = Self.accountKey(key.namespace, template.spec.effectiveServiceAccountName)
    return PodUnderReview(
      workload: key, template: template, serviceAccount: accounts[accountKey],
      serviceAccountHasRBACPower: serviceAccountsWithRBACPower.contains(accountKey))
  }

  /// The key of a ServiceAccount.
  public static func accountKey(_ namespace: String, _ name: String) -> ObjectKey {
    ObjectKey(kind: "ServiceAccount", namespace: namespace, name: name)
  }

  /// Merges a check's violations into one finding per container (pod-level ones share `nil`),
  /// keeping the order of first appearance.
  ///
  /// - Complexity: O(*n* · *k*) for *n* violations over *k* distinct containers (a handful).
  static func merge(_ violations: [Violation], rule: Rule, target: ObjectKey) -> [Finding] {
    var groups: [[Violation]] = []
    for v in violations {
      if let index = groups.firstIndex(where: { $0[0].container == v.container }) {
        groups[index].append(v)
      } else {
        groups.append([v])
      }
    }
    return groups.map { finding(of: $0, rule: rule, target: target) }
  }

  /// One finding from the violations of one rule and container.
  private static func finding(of group: [Violation], rule: Rule, target: ObjectKey) -> Finding {
    let first = group[0]
    var finding =
      group.count == 1
      ? Finding(
        rule, target: FindingTarget(target, container: first.container), message: first.message,
        fieldPath: first.fieldPath, value: first.value)
      : Finding(
        rule, target: FindingTarget(target, container: first.container),
        message: group.map(\.message).joined(separator: "; "),
        fieldPath: group.map(\.fieldPath).joined(separator: ", "),
        value: group.map(\.value).joined(separator: "; "))
    let single = group.count == 1
    if let severity = single ? first.severity : group.compactMap(\.severity).max() {
      finding.severity = severity
    }
    if let level = single ? first.pssLevel : group.compactMap(\.pssLevel).min(), let pss = rule.pss
    {
      finding.pss = PSSControl(level: level, control: pss.control)
    }
    return finding
  }

  /// Compares namespaces' enforce labels with the levels their workloads meet.
  ///
  /// - Complexity: O(*n* + *w*) for namespaces and workloads.
  public static func assessNamespaces(_ snapshot: Snapshot, workloads: [WorkloadAssessment])
    -> [NamespaceAssessment]
  {
    let byNamespace = Dictionary(grouping: workloads, by: \.workload.namespace)
    return snapshot.namespaces.map { ns in
      let members = byNamespace[ns.name] ?? []
      let label = ns.labels[NamespaceAssessment.enforceLabel]
      let enforced = label.flatMap(PSSLevel.init(rawValue:))
      return NamespaceAssessment(
        namespace: ns.name, enforceLabelValue: label,
        strictestLevelMet: members.map(\.level).min(), workloadCount: members.count,
        workloadsBelowEnforced: enforced.map { e in members.filter { $0.level < e }.map(\.workload)
        }
          ?? [],
        isSynthesized: ns.isSynthesized)
    }
  }

  /// Identifies a finding for drift comparison.
  private struct DriftKey: Hashable {
    var rule: String
    var container: String?
  }
}

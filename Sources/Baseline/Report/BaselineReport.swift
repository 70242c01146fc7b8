import Hardening
import KubeModel

/// The baseline of a snapshot: the rule catalogue, every engine's findings with statuses,
/// and the per-workload and per-namespace rows the Workloads pane shows.
public struct BaselineReport: Sendable {
  /// The rules of every engine.
  public let catalogue: RuleCatalogue
  /// Every finding with its status, in report order.
  public let findings: [BaselineFinding]
  /// One row per workload, in the snapshot's workload order.
  public let workloads: [WorkloadSummary]
  /// One row per namespace: enforce label versus the level its workloads meet.
  public let namespaces: [NamespaceAssessment]

  /// Runs every engine on a snapshot and resolves statuses.
  ///
  /// - Complexity: the engines' cost plus O(*f* log *f*) to sort findings.
  public init(
    snapshot: Snapshot, engines: [BaselineEngine] = BaselineEngines.all,
    context: BaselineContext? = nil, statuses: any FindingStatusResolver = AllOpen()
  ) {
    let context = context ?? BaselineContext(snapshot: snapshot)
    self.init(
      snapshot: snapshot, findings: engines.flatMap { $0.findings(snapshot, context) },
      engines: engines, context: context, statuses: statuses)
  }

  /// Builds the report from findings the engines already produced (so that a new exceptions
  /// file only re-resolves statuses).
  ///
  /// - Complexity: O(*f* log *f*) to order the findings, plus the status resolver's cost.
  public init(
    snapshot: Snapshot, findings all: [Finding], engines: [BaselineEngine] = BaselineEngines.all,
    context: BaselineContext, statuses: any FindingStatusResolver = AllOpen()
  ) {
    catalogue = RuleCatalogue(engines: engines)
    findings = statuses.resolve(
      BaselineFinding.inReportOrder(all, catalogue: catalogue), catalogue: catalogue)
    workloads = WorkloadSummaries.make(snapshot, findings: findings)
    namespaces = HardeningEngine.assessNamespaces(
      snapshot,
      workloads: workloads.map {
        WorkloadAssessment(workload: $0.workload, level: $0.level, findings: [])
      })
  }

  /// The rule of a finding (for its title, rationale and remediation).
  public func rule(of finding: BaselineFinding) -> Rule? {
    catalogue.rule(id: finding.finding.rule)
  }
}

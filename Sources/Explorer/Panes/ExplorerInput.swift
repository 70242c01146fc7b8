import Baseline
import KubeModel
import RBAC
import Reachability

/// Everything the panes show, computed before the terminal is taken: the snapshot, its
/// inventory, each engine's results and the baseline report with exception statuses.
///
/// To add an engine's results: add a stored property here and compute it in
/// ``init(snapshot:exceptions:today:membership:)`` (this is the one place analysis runs for the
/// explorer), then read it in your pane's initialiser. When the exceptions file changes, only
/// the statuses are recomputed (``withExceptions(_:)``); the engines do not run again.
public struct ExplorerInput: Sendable {
  /// The loaded snapshot.
  public let snapshot: Snapshot
  /// Its as-is inventory.
  public let inventory: Inventory
  /// Analyses shared between engines (the RBAC analysis: policy, effective admins).
  public let context: BaselineContext
  /// Every engine's findings, as they come out of the engines (no statuses).
  public let rawFindings: [Finding]
  /// The baseline: catalogue, findings with statuses, workload and namespace rows.
  public let report: BaselineReport
  /// The exceptions file the statuses come from.
  public let exceptions: ExceptionFile
  /// The audit of every exception against this snapshot.
  public let exceptionEvaluation: ExceptionEvaluation
  /// The day expiry is judged against.
  public let today: CalendarDate

  /// Analyses a snapshot for the explorer.
  ///
  /// RBAC then hardening run on one core while reachability runs on the other; `progress`
  /// hears each step start and finish (from either thread).
  ///
  /// - Complexity: O(*n*) in the number of objects, plus each engine's cost.
  public init(
    snapshot: Snapshot, exceptions: ExceptionFile = ExceptionFile(),
    today: CalendarDate = .today(), membership: GroupMembership = .empty,
    progress: @escaping @Sendable (PreparationEvent) -> Void = { _ in }
  ) {
    let clock = PreparationClock(report: progress)
    let ((rbac, hardening), (reachability, network)) = PreparationClock.both(
      {
        let rbac = clock.step(.rbac) { RBACAnalysis(snapshot: snapshot, membership: membership) }
        let hardening = clock.step(.hardening) {
          BaselineEngine.hardening.findings(
            snapshot, BaselineContext(serviceAccountsWithRBACPower: rbac.powerfulServiceAccounts))
        }
        return (rbac, hardening)
      },
      {
        clock.step(.reachability) {
          let analysis = ReachabilityAnalysis(snapshot: snapshot)
          return (analysis, ReachabilityOverview(analysis))
        }
      })
    let context = BaselineContext(rbac: rbac, reachability: reachability, network: network)
    self = clock.step(.findings) {
      // Engines in report order; hardening's findings were computed beside reachability.
      let raw = BaselineEngines.all.flatMap { engine in
        engine.name == BaselineEngine.hardening.name
          ? hardening : engine.findings(snapshot, context)
      }
      return ExplorerInput(
        snapshot: snapshot, inventory: Inventory(snapshot), context: context, rawFindings: raw,
        exceptions: exceptions, today: today)
    }
  }

  private init(
    snapshot: Snapshot, inventory: Inventory, context: BaselineContext, rawFindings: [Finding],
    exceptions: ExceptionFile, today: CalendarDate
  ) {
    self.snapshot = snapshot
    self.inventory = inventory
    self.context = context
    self.rawFindings = rawFindings
    self.exceptions = exceptions
    self.today = today
    report = BaselineReport(
      snapshot: snapshot, findings: rawFindings, context: context,
      statuses: ExceptionStatuses(file: exceptions, today: today))
    exceptionEvaluation = ExceptionEvaluation(
      file: exceptions, findings: report.findings.map(\.finding),
      knownRules: Set(report.catalogue.rules.map(\.id)), today: today)
  }

  /// The same analysis with another exceptions file: statuses and audits are recomputed, the
  /// engines are not run again.
  public func withExceptions(_ file: ExceptionFile) -> ExplorerInput {
    ExplorerInput(
      snapshot: snapshot, inventory: inventory, context: context, rawFindings: rawFindings,
      exceptions: file, today: today)
  }

  /// The RBAC analysis (policy, effective admins).
  public var rbac: RBACAnalysis? { context.rbac }
}

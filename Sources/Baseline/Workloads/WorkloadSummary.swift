import Hardening
import KubeModel

/// One row of the Workloads pane: a workload, the strictest PSS level it meets, and its
/// findings from every engine (with statuses), including pods that drifted from it.
public struct WorkloadSummary: Sendable, Hashable {
  /// The workload (top controller, or `Pod` for a bare pod).
  public var workload: ObjectKey
  /// The strictest PSS level its pod template meets.
  public var level: PSSLevel
  /// Its findings in report order: those targeting the workload, then drifted pods'.
  public var findings: [BaselineFinding]
  /// The positions of ``findings`` in the report's findings, parallel to ``findings``
  /// (empty when the row was made without a report).
  public var positions: [Int]
  /// The number of findings per severity, counting only those that count as open.
  public private(set) var openCountsBySeverity: [Severity: Int]

  /// Creates a row.
  ///
  /// - Complexity: O(*n*) in the number of findings.
  public init(
    workload: ObjectKey, level: PSSLevel, findings: [BaselineFinding], positions: [Int] = []
  ) {
    self.workload = workload
    self.level = level
    self.findings = findings
    self.positions = positions
    openCountsBySeverity = findings.filter(\.status.counts).reduce(into: [:]) {
      $0[$1.finding.severity, default: 0] += 1
    }
  }

  /// The namespace.
  public var namespace: String { workload.namespace }
}

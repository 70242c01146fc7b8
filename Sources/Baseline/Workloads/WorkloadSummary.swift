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

  /// Creates a row.
  public init(workload: ObjectKey, level: PSSLevel, findings: [BaselineFinding]) {
    self.workload = workload
    self.level = level
    self.findings = findings
  }

  /// The number of findings per severity, counting only those that count as open.
  ///
  /// - Complexity: O(*n*) in the number of findings.
  public var openCountsBySeverity: [Severity: Int] {
    findings.filter(\.status.counts).reduce(into: [:]) {
      $0[$1.finding.severity, default: 0] += 1
    }
  }

  /// The namespace.
  public var namespace: String { workload.namespace }
}

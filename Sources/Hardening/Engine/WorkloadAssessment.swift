import KubeModel

/// The hardening result of one workload: the strictest Pod Security Standards level it meets and
/// its findings.
///
/// One row of the Workloads pane.
public struct WorkloadAssessment: Sendable, Hashable {
  /// The workload (top controller, or `Pod` for a bare pod).
  public var workload: ObjectKey
  /// The strictest PSS level the workload's pod template meets.
  public var level: PSSLevel
  /// The workload's findings (its template's, then any drifted pods'), sorted.
  public var findings: [Finding]

  /// Creates an assessment.
  public init(workload: ObjectKey, level: PSSLevel, findings: [Finding]) {
    self.workload = workload
    self.level = level
    self.findings = findings
  }

  /// The strictest level met by a pod template with these findings: restricted without PSS
  /// findings, baseline without baseline-level ones, else privileged.
  ///
  /// - Complexity: O(*n*) in the number of findings.
  public static func levelMet(by findings: [Finding]) -> PSSLevel {
    var level = PSSLevel.restricted
    for finding in findings {
      guard let pss = finding.pss else { continue }
      if pss.level == .baseline { return .privileged }
      level = .baseline
    }
    return level
  }

  /// The number of findings of each severity (severities without findings are absent).
  ///
  /// - Complexity: O(*n*) in the number of findings.
  public var countsBySeverity: [Severity: Int] {
    findings.reduce(into: [:]) { $0[$1.severity, default: 0] += 1 }
  }

  /// The highest severity among the findings, if any.
  ///
  /// - Complexity: O(*n*) in the number of findings.
  public var worstSeverity: Severity? { findings.map(\.severity).max() }
}

import KubeModel

/// Flags a cluster with no recognisable runtime threat detection (heuristic, by workload name and
/// image).
///
/// Runs only on snapshots that look like a whole cluster.
public struct RuntimeDetectionMissingCheck: SnapshotCheck {
  /// `logging.no-runtime-detection`.
  public static let rule = Rule(
    id: "logging.no-runtime-detection", domain: .logging, severity: .low,
    title: "No runtime detection found",
    summary: "No workload named or built from falco, tetragon, tracee, kubearmor, sysdig, "
      + "neuvector or a vendor sensor. Heuristic: names and images only.",
    rationale: "Admission-time checks cannot see what a compromised container does at run "
      + "time (a shell, a crypto miner, a token read); runtime detection can.",
    remediation: "Deploy a runtime detection agent (e.g. Falco or Tetragon) and route its "
      + "alerts to the team on call.",
    references: ["CIS 5.7 (general policies)"])

  /// Name and image fragments of common runtime detection agents.
  static let detector = AgentDetector(fragments: [
    "falco", "tetragon", "tracee", "kubearmor", "sysdig", "neuvector", "aqua-enforcer",
    "falcon-sensor", "crowdstrike", "sentinelone", "prisma-defender", "twistlock", "deepfence",
  ])

  /// Creates the check.
  public init() {}

  /// One cluster-wide finding when no agent is found.
  ///
  /// - Complexity: O(*n*) in the objects it examines.
  public func findings(in review: SnapshotReview) -> [Finding] {
    guard review.looksLikeCluster, Self.detector.matches(in: review.snapshot).isEmpty else {
      return []
    }
    return [
      Finding(
        Self.rule, target: SnapshotReview.clusterTarget,
        message: "no runtime detection workload found (heuristic: names and images)")
    ]
  }
}

import KubeModel

/// Flags a cluster with no recognisable log-shipping agent (heuristic, by workload name and image).
///
/// Runs only on snapshots that look like a whole cluster.
public struct LogShippingMissingCheck: SnapshotCheck {
  /// `logging.no-log-shipping`.
  public static let rule = Rule(
    id: "logging.no-log-shipping", domain: .logging, severity: .low,
    title: "No log shipping agent found",
    summary: "No workload named or built from fluent-bit, fluentd, vector, promtail, filebeat, "
      + "logstash, grafana alloy, an OpenTelemetry collector or a vendor agent. Heuristic: "
      + "names and images only, and managed services may ship logs outside the cluster.",
    rationale: "Container logs live on the node and vanish with the pod; without shipping, "
      + "there is nothing to investigate after an incident.",
    remediation: "Run a log shipper as a DaemonSet (or confirm the platform's managed logging "
      + "and record an exception).",
    references: ["CIS 3.2 (logging)"])

  /// Name and image fragments of common log shippers.
  static let detector = AgentDetector(fragments: [
    "fluent-bit", "fluentbit", "fluentd", "vector", "promtail", "filebeat", "logstash",
    "alloy", "otel-collector", "opentelemetry-collector", "datadog", "splunk", "loggly",
    "logging-agent", "cloudwatch-agent", "stackdriver", "ama-logs", "omsagent",
  ])

  /// Creates the check.
  public init() {}

  /// One cluster-wide finding when no shipper is found.
  ///
  /// - Complexity: O(*n*) in the objects it examines.
  public func findings(in review: SnapshotReview) -> [Finding] {
    guard review.looksLikeCluster, Self.detector.matches(in: review.snapshot).isEmpty else {
      return []
    }
    return [
      Finding(
        Self.rule, target: SnapshotReview.clusterTarget,
        message: "no log-shipping workload found (heuristic: names and images)")
    ]
  }
}

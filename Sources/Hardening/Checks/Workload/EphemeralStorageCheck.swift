import KubeModel

/// Notes containers without an ephemeral-storage request or limit (ephemeral containers,
/// which cannot have resources, are skipped).
public struct EphemeralStorageCheck: PodCheck {
  /// `workload.ephemeral-storage`.
  public static let rule = Rule(
    id: "workload.ephemeral-storage", domain: .workload, severity: .info,
    title: "Ephemeral storage unbounded",
    summary: "`resources.requests` or `resources.limits` lacks `ephemeral-storage` on a "
      + "container.",
    rationale: "Writable layers, logs and emptyDir volumes share the node's disk; one container "
      + "filling it gets every pod on the node evicted.",
    remediation: "Set `ephemeral-storage` requests and limits (or size-limit emptyDir volumes).",
    references: ["kube-score container-ephemeral-storage-request-and-limit"])

  /// Creates the check.
  public init() {}

  /// One violation per container missing the request or the limit.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    pod.containers.filter { $0.kind != .ephemeral }.compactMap { c in
      let r = c.container.resources
      let missing = [
        r?.requests?["ephemeral-storage"] == nil ? "requests" : nil,
        r?.limits?["ephemeral-storage"] == nil ? "limits" : nil,
      ].compactMap { $0 }
      guard !missing.isEmpty else { return nil }
      return c.violation(
        "container \(c.name) has no ephemeral-storage \(missing.joined(separator: " or "))",
        at: "resources",
        value: "missing " + missing.map { "\($0).ephemeral-storage" }.joined(separator: ","))
    }
  }
}

import KubeModel

/// Flags containers without CPU and memory requests and limits (ephemeral containers, which
/// cannot have resources, are skipped).
public struct ResourcesMissingCheck: PodCheck {
  /// `workload.resources-missing`.
  public static let rule = Rule(
    id: "workload.resources-missing", domain: .workload, severity: .low,
    title: "Resource requests or limits missing",
    summary: "`resources.requests.cpu`, `requests.memory`, `limits.cpu` or `limits.memory` "
      + "missing on a container.",
    rationale: "Without requests the scheduler overcommits nodes; without limits one container "
      + "can starve its neighbours (a denial of service for the whole node).",
    remediation: "Set CPU and memory requests and limits on every container (or a LimitRange "
      + "default in the namespace).",
    references: [
      "Checkov CKV_K8S_10-13", "Kubescape C-0270/C-0271", "Polaris cpu/memory requests/limits",
      "kube-score container-resources",
    ])

  /// The resource fields checked: (section, resource).
  static let required = [
    (true, "cpu"), (true, "memory"), (false, "cpu"), (false, "memory"),
  ]

  /// Creates the check.
  public init() {}

  /// One violation per container missing any of the four values.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    pod.containers.filter { $0.kind != .ephemeral }.compactMap { c in
      let r = c.container.resources
      let missing = Self.required.compactMap { isRequest, name -> String? in
        let section = isRequest ? r?.requests : r?.limits
        guard section?[name] == nil else { return nil }
        return (isRequest ? "requests." : "limits.") + name
      }
      guard !missing.isEmpty else { return nil }
      return c.violation(
        "container \(c.name) has no \(missing.joined(separator: ", "))", at: "resources",
        value: "missing " + missing.joined(separator: ","))
    }
  }
}

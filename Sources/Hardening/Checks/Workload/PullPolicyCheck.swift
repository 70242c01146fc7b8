import KubeModel

/// Notes containers whose effective `imagePullPolicy` is not `Always`.
///
/// The API default applies when unset: `Always` for an untagged or `:latest` image,
/// `IfNotPresent` otherwise.
public struct PullPolicyCheck: PodCheck {
  /// `workload.pull-policy`.
  public static let rule = Rule(
    id: "workload.pull-policy", domain: .workload, severity: .info,
    title: "Image pull policy not Always",
    summary: "The effective `imagePullPolicy` is `IfNotPresent` or `Never`.",
    rationale: "With a cached image the kubelet does not check the registry, so a pod may start "
      + "from an image its ServiceAccount could no longer pull (private images shared on a node).",
    remediation: "Set `imagePullPolicy: Always` (cheap with digests), or enable the "
      + "AlwaysPullImages admission plugin.",
    references: ["Checkov CKV_K8S_15", "Polaris pullPolicyNotAlways"])

  /// Creates the check.
  public init() {}

  /// One violation per container whose effective policy is not `Always`.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    pod.containers.compactMap { c in
      let policy = c.container.imagePullPolicy ?? Self.defaultPolicy(for: c.container.image)
      guard policy != "Always" else { return nil }
      return c.violation(
        "container \(c.name) pulls with policy \(policy)", at: "imagePullPolicy",
        value: c.container.imagePullPolicy ?? Violation.unset)
    }
  }

  /// The API server's default: `Always` for a `latest` tag or an image with neither tag nor
  /// digest, `IfNotPresent` otherwise.
  static func defaultPolicy(for image: String?) -> String {
    guard let image else { return "IfNotPresent" }
    let ref = ImageReference(image)
    return ref.tag == "latest" || (ref.tag == nil && ref.digest == nil) ? "Always" : "IfNotPresent"
  }
}

import KubeModel

/// Flags images without a tag or tagged `latest` (unless pinned by digest).
public struct ImageTagCheck: PodCheck {
  /// `workload.image-tag`.
  public static let rule = Rule(
    id: "workload.image-tag", domain: .workload, severity: .medium,
    title: "Image tag missing or latest",
    summary: "A container image with no tag or the `latest` tag, and no digest.",
    rationale: "A floating tag means the code that runs changes without a deployment, replicas "
      + "may run different code, and a rollback cannot return to a known image.",
    remediation: "Pin a versioned tag, or better a digest (`image@sha256:…`).",
    references: [
      "Checkov CKV_K8S_14", "Kubescape C-0075", "Trivy KSV-0013", "Polaris tagNotSpecified",
    ])

  /// Creates the check.
  public init() {}

  /// One violation per container with a floating image.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    pod.containers.compactMap { c in
      guard let image = c.container.image else { return nil }
      let ref = ImageReference(image)
      guard ref.floats else { return nil }
      let tag = ref.tag == nil ? "no tag" : "the latest tag"
      return c.violation(
        "container \(c.name) uses image \(image) with \(tag)", at: "image", value: image)
    }
  }
}

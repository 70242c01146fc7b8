import KubeModel

/// Flags images not pinned by a `sha256` digest.
public struct ImageDigestCheck: PodCheck {
  /// `workload.image-digest`.
  public static let rule = Rule(
    id: "workload.image-digest", domain: .workload, severity: .low,
    title: "Image not pinned by digest",
    summary: "A container image without `@sha256:…`.",
    rationale: "Tags are mutable: whoever can push to the repository can change what runs. A "
      + "digest names exactly one image.",
    remediation: "Reference images as `repository:tag@sha256:…` (tools such as crane or "
      + "kustomize can resolve digests).",
    references: ["Checkov CKV_K8S_43", "Kubescape C-0306"])

  /// Creates the check.
  public init() {}

  /// One violation per container whose image has no digest.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    pod.containers.compactMap { c in
      guard let image = c.container.image, !ImageReference(image).isPinnedByDigest else {
        return nil
      }
      return c.violation(
        "container \(c.name) image \(image) has no digest", at: "image", value: image)
    }
  }
}

import KubeModel

/// Flags volume types outside the restricted list (PSS restricted, Volume Types).
///
/// hostPath volumes are reported once, by ``HostPathVolumeCheck`` at the baseline level
/// (restricted includes baseline), so this check skips them.
public struct RestrictedVolumeCheck: PodCheck {
  /// `workload.restricted-volume`.
  public static let rule = Rule(
    id: "workload.restricted-volume", domain: .workload, severity: .medium,
    title: "Volume type not allowed by restricted",
    summary: "A volume other than configMap, csi, downwardAPI, emptyDir, ephemeral, image, "
      + "persistentVolumeClaim, projected or secret (e.g. nfs, iscsi, gitRepo, rbd).",
    rationale: "In-tree network and host-backed volume types mount storage the node reaches "
      + "directly, outside the access control of PersistentVolumes.",
    remediation: "Use a PersistentVolumeClaim (backed by a CSI driver) or an ephemeral volume.",
    references: ["PSS restricted: Volume Types", "PSA check restrictedVolumes"],
    pss: PSSControlName.restricted(PSSControlName.volumeTypes))

  /// Creates the check.
  public init() {}

  /// One pod-level violation per volume of a forbidden type.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    pod.spec.volumes.filter {
      $0.hostPath == nil && $0.source != "hostPath"
        && !PSSAllowedValues.restrictedVolumeTypes.contains($0.source)
    }.map {
      podViolation(
        "volume \($0.name) has type \($0.source)", at: PodUnderReview.volumePath($0),
        value: $0.source)
    }
  }
}

import KubeModel

/// Flags AppArmor profiles other than the runtime default or a localhost profile (PSS
/// baseline, AppArmor), in both the field and the deprecated annotation form.
public struct AppArmorUnconfinedCheck: PodCheck {
  /// `workload.apparmor-unconfined`.
  public static let rule = Rule(
    id: "workload.apparmor-unconfined", domain: .workload, severity: .high,
    title: "AppArmor disabled",
    summary: "`appArmorProfile.type` other than RuntimeDefault/Localhost on the pod or a "
      + "container, or a `container.apparmor.security.beta.kubernetes.io/*` annotation other "
      + "than `runtime/default` or `localhost/*`.",
    rationale: "Unconfined AppArmor removes the mandatory access control layer that blocks "
      + "many container escapes.",
    remediation: "Remove the override or use `RuntimeDefault` (annotation `runtime/default`) "
      + "or a `Localhost` profile.",
    references: ["PSS baseline: AppArmor", "PSA check appArmorProfile"],
    pss: PSSControlName.baseline(PSSControlName.appArmor))

  /// Creates the check.
  public init() {}

  /// Violations: the pod profile, container profiles and per-container annotations.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    var out: [Violation] = []
    if let type = pod.podSecurityContext?.appArmorProfile?.type,
      !PSSAllowedValues.confinedProfileTypes.contains(type)
    {
      out.append(
        podViolation(
          "pod sets AppArmor profile \(type)",
          at: PodUnderReview.podSecurityContextPath("appArmorProfile.type"), value: type))
    }
    for c in pod.containers {
      if let type = c.securityContext?.appArmorProfile?.type,
        !PSSAllowedValues.confinedProfileTypes.contains(type)
      {
        out.append(
          c.violation(
            "container \(c.name) sets AppArmor profile \(type)",
            at: "securityContext.appArmorProfile.type", value: type))
      }
    }
    let prefix = PSSAllowedValues.appArmorAnnotationPrefix
    for (key, value) in pod.metadata.annotations.sorted(by: { $0.key < $1.key })
    where key.hasPrefix(prefix) && !PSSAllowedValues.isAllowedAppArmorAnnotation(value) {
      let name = String(key.dropFirst(prefix.count))
      out.append(
        Violation(
          container: name.isEmpty ? nil : name,
          message: "annotation sets AppArmor profile \(value) for container \(name)",
          fieldPath: "metadata.annotations[\(key)]", value: value))
    }
    return out
  }
}

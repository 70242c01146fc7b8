import KubeModel

/// Flags pods and containers that may run as root (PSS restricted, Running as Non-root), with PSA's
/// precedence: an explicit `false` anywhere fails; otherwise a container passes with its own `true`
/// or the pod's `true`.
///
/// Exempt under `hostUsers: false` (v1.35).
public struct RunAsNonRootCheck: PodCheck {
  /// `workload.run-as-non-root`.
  public static let rule = Rule(
    id: "workload.run-as-non-root", domain: .workload, severity: .medium,
    title: "Not required to run as non-root",
    summary: "The effective `runAsNonRoot` is not true: the pod does not set it and a "
      + "container does not either, or the pod or any container sets it to false.",
    rationale: "Without `runAsNonRoot: true` the kubelet starts an image whose user is root, "
      + "and root in a container is one bug away from root on the node.",
    remediation: "Set `spec.securityContext.runAsNonRoot: true` (and remove any container-level "
      + "`false`), and make the image run as a non-zero UID.",
    references: [
      "PSS restricted: Running as Non-root", "PSA check runAsNonRoot", "CIS 5.2.7",
    ],
    pss: PSSControlName.restricted(PSSControlName.runAsNonRoot))

  /// Creates the check.
  public init() {}

  /// Violations: the pod's explicit false, containers' explicit false, and containers left
  /// unset without a pod-level true.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    guard !pod.usesUserNamespace else { return [] }
    var out: [Violation] = []
    let podValue = pod.podSecurityContext?.runAsNonRoot
    if podValue == false {
      out.append(
        podViolation(
          "pod sets runAsNonRoot=false",
          at: PodUnderReview.podSecurityContextPath("runAsNonRoot"), value: "false"))
    }
    for c in pod.containers {
      switch c.securityContext?.runAsNonRoot {
      case false?:
        out.append(
          c.violation(
            "container \(c.name) sets runAsNonRoot=false", at: "securityContext.runAsNonRoot",
            value: "false"))
      case nil where podValue != true:
        out.append(
          c.violation(
            "container \(c.name) may run as root: neither pod nor container sets "
              + "runAsNonRoot=true", at: "securityContext.runAsNonRoot", value: Violation.unset))
      default: break
      }
    }
    return out
  }
}

import KubeModel

/// Flags custom SELinux types, users and roles (PSS baseline, SELinux).
public struct SELinuxOptionsCheck: PodCheck {
  /// `workload.selinux-custom`.
  public static let rule = Rule(
    id: "workload.selinux-custom", domain: .workload, severity: .high,
    title: "Custom SELinux options",
    summary: "`seLinuxOptions.type` outside container_t, container_init_t, container_kvm_t, "
      + "container_engine_t, or any `seLinuxOptions.user`/`role`, on the pod or a container.",
    rationale: "A custom SELinux type, user or role can lift the confinement that keeps "
      + "container processes away from the host (e.g. `spc_t` is unconfined).",
    remediation: "Remove `seLinuxOptions.type/user/role`, or use one of the container types; "
      + "`level` may be set freely.",
    references: [
      "PSS baseline: SELinux", "PSA check seLinuxOptions",
      "Note: Polaris linuxHardening counts SELinux options as hardening",
    ],
    pss: PSSControlName.baseline(PSSControlName.seLinux))

  /// Creates the check.
  public init() {}

  /// Violations at the pod level and per container.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    var out: [Violation] = []
    if let options = pod.podSecurityContext?.seLinuxOptions, let bad = Self.forbidden(options) {
      out.append(
        podViolation(
          "pod sets SELinux \(bad.field) \(bad.value)",
          at: PodUnderReview.podSecurityContextPath("seLinuxOptions.\(bad.field)"),
          value: bad.value))
    }
    for c in pod.containers {
      guard let options = c.securityContext?.seLinuxOptions, let bad = Self.forbidden(options)
      else { continue }
      out.append(
        c.violation(
          "container \(c.name) sets SELinux \(bad.field) \(bad.value)",
          at: "securityContext.seLinuxOptions.\(bad.field)", value: bad.value))
    }
    return out
  }

  /// The first forbidden field of SELinux options, if any.
  static func forbidden(_ options: SELinuxOptions) -> (field: String, value: String)? {
    if let type = options.type, !PSSAllowedValues.seLinuxTypes.contains(type) {
      return ("type", type)
    }
    if let user = options.user, !user.isEmpty { return ("user", user) }
    if let role = options.role, !role.isEmpty { return ("role", role) }
    return nil
  }
}

import KubeModel

/// Flags probes and lifecycle hooks that target another host (PSS baseline v1.34+, Host
/// Probes / Lifecycle Hooks).
public struct ProbeHostCheck: PodCheck {
  /// `workload.probe-host`.
  public static let rule = Rule(
    id: "workload.probe-host", domain: .workload, severity: .medium,
    title: "Probe or lifecycle hook targets a host",
    summary: "`httpGet.host` or `tcpSocket.host` set in a liveness, readiness or startup probe "
      + "or in a postStart/preStop hook.",
    rationale: "The kubelet sends the request from the node, so a host field turns the pod "
      + "spec into a way to reach addresses the pod itself could not (SSRF from the node).",
    remediation: "Remove `host` so probes and hooks target the pod's own IP.",
    references: [
      "PSS baseline: Host Probes / Lifecycle Hooks (v1.34)", "PSA check hostProbesAndHostLifecycle",
    ],
    pss: PSSControlName.baseline(PSSControlName.hostProbes))

  /// Creates the check.
  public init() {}

  /// One violation per container with a host in a probe or hook.
  ///
  /// - Complexity: O(*c* + *v*) for the pod's *c* containers and *v* volumes.
  public func violations(in pod: PodUnderReview) -> [Violation] {
    pod.containers.compactMap { c in
      let hosts = Self.hosts(of: c.container)
      guard let first = hosts.first else { return nil }
      return c.violation(
        "container \(c.name) probes or hooks host \(first.host)", at: first.field,
        value: hosts.map(\.host).joined(separator: ","))
    }
  }

  /// The non-empty hosts of a container's probes and hooks, with their field paths.
  static func hosts(of c: Container) -> [(field: String, host: String)] {
    var handlers: [(String, Probe.HTTPGetAction?, Probe.TCPSocketAction?)] = [
      ("livenessProbe", c.livenessProbe?.httpGet, c.livenessProbe?.tcpSocket),
      ("readinessProbe", c.readinessProbe?.httpGet, c.readinessProbe?.tcpSocket),
      ("startupProbe", c.startupProbe?.httpGet, c.startupProbe?.tcpSocket),
    ]
    handlers.append(
      ("lifecycle.postStart", c.lifecycle?.postStart?.httpGet, c.lifecycle?.postStart?.tcpSocket))
    handlers.append(
      ("lifecycle.preStop", c.lifecycle?.preStop?.httpGet, c.lifecycle?.preStop?.tcpSocket))
    var out: [(field: String, host: String)] = []
    for (field, http, tcp) in handlers {
      if let host = http?.host, !host.isEmpty { out.append(("\(field).httpGet.host", host)) }
      if let host = tcp?.host, !host.isEmpty { out.append(("\(field).tcpSocket.host", host)) }
    }
    return out
  }
}

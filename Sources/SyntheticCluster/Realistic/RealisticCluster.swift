/// A realistic, deterministic cluster written straight to a kbaseline snapshot file.
///
/// The cluster scales toward Kubernetes' documented limits (``ClusterScale``): application
/// namespaces labelled by team and environment with Deployments (current and superseded
/// ReplicaSets), StatefulSets, CronJobs with their Jobs, and bare pods; four DaemonSets on every
/// node; add-ons in system namespaces; ServiceAccounts (some with legacy token Secrets),
/// Secrets (metadata and type only), ConfigMaps (key names), Services, Ingresses, webhook
/// configurations; per-namespace Roles and RoleBindings, built-in-like ClusterRoles and
/// bindings, NetworkPolicies selecting existing pods; and a few planted escalation paths
/// (``plantedEscalations``). Pods are about 5 KB of JSON each, like `kubectl get pods -o json`.
///
/// The file is streamed in chunks with a fixed capture time: the same scale and seed give the
/// same bytes, in bounded memory, in seconds.
public struct RealisticCluster: Sendable {
  /// The counts aimed at.
  public var scale: ClusterScale
  /// The random seed.
  public var seed: UInt64

  /// Creates a generator.
  public init(scale: ClusterScale, seed: UInt64 = 42) {
    self.scale = scale
    self.seed = seed
  }

  /// Writes the snapshot to `path` (gzip-compressed when it ends in `.gz`), atomically.
  ///
  /// - Throws: ``GeneratorError`` for an impossible scale, or the file system's error.
  /// - Complexity: O(*objects*) time; memory bounded by the plan (one entry per workload).
  public func write(to path: String) throws -> GenerationSummary {
    guard scale.pods >= ClusterScale.minimumPods else {
      throw GeneratorError("--pods must be at least \(ClusterScale.minimumPods)")
    }
    guard scale.nodes >= 2 else { throw GeneratorError("--nodes must be at least 2") }
    var planner = ClusterPlanner(scale: scale, seed: seed)
    let plan = try planner.plan()
    let stream = try SnapshotStream(path: path) { w in self.writeCapture(into: &w) }
    do {
      var writer = ClusterWriter(plan: plan, stream: stream, scale: scale, seed: seed)
      try writer.writeLists()
      let sizes = try stream.finish()
      return GenerationSummary(
        counts: stream.counts.map { GenerationSummary.KindCount(kind: $0.kind, count: $0.count) },
        bytes: sizes.bytes, fileBytes: sizes.fileBytes)
    } catch {
      stream.abandon()
      throw error
    }
  }

  /// The identities the generator makes cluster-admin through an escalation path (never
  /// directly), for tests and demonstrations.
  public static let plantedEscalations: [PlantedEscalation] = [
    PlantedEscalation(
      subjectKind: "ServiceAccount", name: "pipeline-runner", namespace: "ci-system",
      path: "creates pods in kube-system (Role pod-launcher), which has no Pod Security label"),
    PlantedEscalation(
      subjectKind: "User", name: "release-manager@example.com", namespace: nil,
      path: "binds and escalates ClusterRoles (ClusterRole rbac-manager)"),
    PlantedEscalation(
      subjectKind: "Group", name: "support-oncall", namespace: nil,
      path: "impersonates users and groups (ClusterRole impersonator)"),
  ]

  /// The identities bound to `cluster-admin` directly.
  public static let directAdmins: [PlantedEscalation] = [
    PlantedEscalation(
      subjectKind: "Group", name: "platform-admins", namespace: nil,
      path: "ClusterRoleBinding platform-admins → cluster-admin"),
    PlantedEscalation(
      subjectKind: "User", name: "break-glass-admin@example.com", namespace: nil,
      path: "ClusterRoleBinding break-glass → cluster-admin"),
  ]

  private func writeCapture(into w: inout JSONTextWriter) {
    w.object("tool") { w in
      w.field("name", "kbaseline bench generate")
      w.field("version", "1")
    }
    w.field("capturedAt", Timestamps.capture)
    w.key("durationSeconds")
    w.int(0)
    w.object("source") { w in
      w.field("mode", "generated")
      w.field("cluster", "synthetic-\(scale.pods)-pods-seed-\(seed)")
      w.field("namespaceScope", "all")
    }
    w.object("serverVersion") { w in
      w.field("gitVersion", "v1.32.3")
      w.field("platform", "linux/amd64")
    }
  }
}

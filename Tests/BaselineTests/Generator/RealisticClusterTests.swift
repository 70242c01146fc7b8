import Foundation
import KubeModel
import RBAC
import SyntheticCluster
import Testing

/// The realistic generator: deterministic bytes, a file the loader reads cleanly, realistic
/// shapes (workload chains, pod sizes, shared templates, selecting policies) and planted
/// escalation paths the RBAC analysis finds.
@Suite("Realistic cluster generator")
struct RealisticClusterTests {
  /// A generated file, written once per test into a temporary directory.
  struct Generated {
    let path: String
    let summary: GenerationSummary
    let scale: ClusterScale

    init(pods: Int = 300, seed: UInt64 = 7, suffix: String = ".json") throws {
      scale = ClusterScale(pods: pods)
      path =
        FileManager.default.temporaryDirectory
        .appendingPathComponent("kbaseline-gen-\(UUID().uuidString)\(suffix)").path
      summary = try RealisticCluster(scale: scale, seed: seed).write(to: path)
    }

    var bytes: Data { get throws { try Data(contentsOf: URL(fileURLWithPath: path)) } }

    func load() throws -> Snapshot { try SnapshotLoader().load(path: path) }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
  }

  @Test("the same seed writes the same bytes, another seed different ones")
  func determinism() throws {
    let a = try Generated(seed: 11)
    let b = try Generated(seed: 11)
    let c = try Generated(seed: 12)
    defer { [a, b, c].forEach { $0.remove() } }
    #expect(try a.bytes == b.bytes)
    #expect(try a.bytes != c.bytes)
    #expect(a.summary == b.summary)
  }

  @Test("the file loads without warnings, every list complete with the counts written")
  func loadsCleanly() throws {
    let generated = try Generated()
    defer { generated.remove() }
    let snapshot = try generated.load()
    #expect(snapshot.warnings.isEmpty, "\(snapshot.warnings)")
    #expect(snapshot.unknownKinds.isEmpty)
    #expect(snapshot.capture?.capturedAt == "2026-01-15T09:00:00Z")
    #expect(snapshot.lists.count == generated.summary.counts.count)
    for record in snapshot.lists {
      #expect(record.status == .complete)
      #expect(record.itemCount == generated.summary.count(of: record.kind ?? ""))
    }
    let scale = generated.scale
    #expect(snapshot.pods.count == scale.pods)
    #expect(snapshot.namespaces.count == scale.namespaces)
    #expect(snapshot.namespaces.allSatisfy { !$0.isSynthesized })
    #expect(snapshot.nodes.count == scale.nodes)
    #expect(snapshot.networkPolicies.count == scale.networkPolicies)
    // The quotas plus the planted kube-system Role and RoleBinding.
    #expect(snapshot.roles.count == scale.roles + 1)
    #expect(snapshot.bindings.filter { !$0.isClusterBinding }.count == scale.roleBindings + 1)
    let defaults = snapshot.serviceAccounts.filter { $0.metadata.name == "default" }
    #expect(defaults.count == scale.namespaces)
    #expect(snapshot.serviceAccounts.count >= scale.namespaces + scale.serviceAccounts)
    #expect(snapshot.secrets.contains { $0.type == Secret.serviceAccountTokenType })
    #expect(
      snapshot.webhookConfigurations.count == generated.summary.count(
        of: "MutatingWebhookConfiguration")
        + generated.summary.count(of: "ValidatingWebhookConfiguration"))
    #expect(
      !snapshot.ingresses.isEmpty && !snapshot.services.isEmpty && !snapshot.configMaps.isEmpty)
  }

  @Test("a gzip file holds the same snapshot as the plain one")
  func gzip() throws {
    let plain = try Generated(seed: 5)
    let compressed = try Generated(seed: 5, suffix: ".json.gz")
    defer { [plain, compressed].forEach { $0.remove() } }
    #expect(try Gzip.isCompressed(compressed.bytes))
    #expect(try Gzip.decompress(compressed.bytes) == plain.bytes)
    #expect(compressed.summary.fileBytes < plain.summary.fileBytes / 4)
  }

  @Test(
    "every pod resolves to its top workload: Deployment, StatefulSet, DaemonSet, CronJob or bare Pod"
  )
  func workloadChains() throws {
    let generated = try Generated()
    defer { generated.remove() }
    let snapshot = try generated.load()
    var podsPerKind: [String: Int] = [:]
    for (index, pod) in snapshot.pods.enumerated() {
      let workload = snapshot.workloads[snapshot.workloadOfPod[index]]
      podsPerKind[workload.kind, default: 0] += 1
      #expect(workload.namespace == pod.metadata.namespace)
      if workload.kind != "Pod" { #expect(workload.isControllerPresent) }
    }
    for kind in ["Deployment", "StatefulSet", "DaemonSet", "CronJob", "Pod"] {
      #expect(podsPerKind[kind, default: 0] > 0, "no pod resolves to a \(kind)")
    }
    #expect(podsPerKind["ReplicaSet"] == nil && podsPerKind["Job"] == nil)
    // Four DaemonSets put one pod on every node.
    #expect(podsPerKind["DaemonSet"] == 4 * generated.scale.nodes)
    // Superseded ReplicaSets are kept at 0 replicas.
    let replicaSets = snapshot.controllers.filter { $0.kind == .replicaSet }
    #expect(replicaSets.contains { $0.replicas == 0 })
    #expect(replicaSets.count > snapshot.controllers.filter { $0.kind == .deployment }.count)
  }

  @Test("pods of one ReplicaSet share their spec except the node; pods weigh 4–6 KB of JSON")
  func podShape() throws {
    let generated = try Generated()
    defer { generated.remove() }
    let snapshot = try generated.load()
    let byOwner = Dictionary(grouping: snapshot.pods) {
      $0.metadata.controllerReference.map { "\($0.kind)/\($0.name)" } ?? ""
    }
    let replicated = byOwner.filter { $0.key.hasPrefix("ReplicaSet/") && $0.value.count > 1 }
    #expect(!replicated.isEmpty)
    for pods in replicated.values {
      let specs = Set(
        pods.map {
          var spec = $0.spec
          spec.nodeName = nil
          return spec
        })
      #expect(specs.count == 1)
      #expect(Set(pods.map(\.metadata.name)).count == pods.count)
    }
    let pod = try #require(
      snapshot.pods.first { $0.metadata.controllerReference?.kind == "ReplicaSet" })
    #expect(pod.spec.containers.count >= 1)
    #expect(pod.spec.volumes.contains { $0.projectsServiceAccountToken })
    #expect(pod.status.isScheduled)
    #expect(snapshot.pods.contains { $0.spec.containers.count > 1 })
    #expect(snapshot.pods.contains { !$0.spec.initContainers.isEmpty })
    #expect(snapshot.pods.contains { $0.spec.hostNetwork == true })
    #expect(snapshot.pods.contains { $0.spec.containers.contains { $0.securityContext == nil } })

    let average = try Double(podListBytes(generated.bytes)) / Double(snapshot.pods.count)
    #expect((4_000...6_000).contains(average), "average pod is \(Int(average)) bytes")
  }

  @Test("NetworkPolicies select existing pods of their namespace")
  func policiesSelectPods() throws {
    let generated = try Generated()
    defer { generated.remove() }
    let snapshot = try generated.load()
    #expect(!snapshot.networkPolicies.isEmpty)
    for policy in snapshot.networkPolicies {
      let selected = snapshot.pods.filter {
        $0.metadata.namespace == policy.namespace
          && policy.spec.podSelector.matches($0.metadata.labels)
      }
      #expect(!selected.isEmpty, "\(policy.key) selects no pod")
    }
    #expect(snapshot.networkPolicies.contains { !$0.spec.podSelector.isEmpty })
    #expect(snapshot.networkPolicies.contains { $0.spec.podSelector.isEmpty })
  }

  @Test("the RBAC analysis finds the planted escalation paths and the direct admins")
  func plantedEscalations() throws {
    let generated = try Generated()
    defer { generated.remove() }
    let analysis = RBACAnalysis(snapshot: try generated.load())
    for planted in RealisticCluster.plantedEscalations {
      let entry = analysis.admins.entry(for: identity(planted))
      #expect(entry?.how == .escalation, "\(planted.name): \(String(describing: entry?.how))")
    }
    for direct in RealisticCluster.directAdmins {
      #expect(analysis.admins.entry(for: identity(direct))?.how == .direct, "\(direct.name)")
    }
    let team = try #require(
      analysis.policy.bindings.first { $0.binding.metadata.name.hasSuffix("-viewers") })
    let viewers = try #require(team.binding.subjects.first)
    #expect(analysis.admins.entry(for: .group(viewers.name)) == nil)
  }

  private func identity(_ planted: PlantedEscalation) -> Identity {
    switch planted.subjectKind {
    case "User": .user(planted.name)
    case "Group": .group(planted.name)
    default: .serviceAccount(planted.name, namespace: planted.namespace ?? "default")
    }
  }

  /// The bytes of the `pods` list's items in the file.
  private func podListBytes(_ data: Data) throws -> Int {
    let text = String(decoding: data, as: UTF8.self)
    let start = try #require(text.range(of: #""resource":"pods""#))
    let end = try #require(text.range(of: #""itemCount""#, range: start.upperBound..<text.endIndex))
    return text.utf8.distance(from: start.upperBound, to: end.lowerBound)
  }
}

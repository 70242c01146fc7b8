import Foundation
import Testing

@testable import KubeModel

@Suite("Snapshot loaders: every input format")
struct LoaderFormatTests {
  let loader = SnapshotLoader()

  @Test("kubectl List in JSON: kinds, counts, unknown kinds, values dropped")
  func kubectlListJSON() throws {
    let s = try loader.load(path: FixturePath.of("formats/kubectl-list.json"))
    #expect(s.namespaces.map(\.name) == ["shop"])
    #expect(s.pods.count == 2)
    #expect(s.controllers.map(\.kind) == [.deployment, .replicaSet])
    #expect(s.secrets.map(\.type) == ["Opaque"])
    #expect(s.configMaps.first?.keys == ["LOG_LEVEL", "db-password"])
    #expect(s.unknownKinds == ["Certificate": 1])
    #expect(s.otherObjects.first?.group == "cert-manager.io")
    let deployment = try #require(s.controllers.first { $0.kind == .deployment })
    #expect(deployment.metadata.annotations == ["team": "shop"])
    #expect(deployment.template.spec.containers.first?.ports.first?.name == "http")
    #expect(s.lists.first { $0.kind == "Pod" }?.status == .unknown)
    #expect(s.lists.first { $0.kind == "Pod" }?.itemCount == 2)
  }

  @Test("no Secret data, ConfigMap value or last-applied configuration survives a load")
  func valuesNeverKept() throws {
    let s = try loader.load(path: FixturePath.of("formats/kubectl-list.json"))
    let written = String(decoding: try SnapshotWriter().encode(s), as: UTF8.self)
    #expect(!written.contains("aHVudGVyMg=="))
    #expect(!written.contains("last-applied"))
    #expect(!written.contains("debug"))
    #expect(written.contains("db-password"))
  }

  @Test("kubectl List in YAML with RBAC, aggregation and NetworkPolicy details")
  func kubectlListYAML() throws {
    let s = try loader.load(path: FixturePath.of("formats/kubectl-list.yaml"))
    let binding = try #require(s.bindings.first)
    #expect(!binding.isClusterBinding)
    #expect(binding.namespace == "billing")
    #expect(binding.subjects == [.group("devs"), .serviceAccount("deployer", namespace: "ci")])
    #expect(binding.roleRef == RoleRef(kind: "ClusterRole", name: "edit"))
    let role = try #require(s.clusterRoles.first)
    #expect(role.rules.isEmpty)
    #expect(role.aggregationRule?.clusterRoleSelectors.count == 1)
    let web = try #require(s.networkPolicies.first { $0.metadata.name == "allow-web" })
    #expect(web.spec.policyTypes == nil)
    #expect(web.spec.effectivePolicyTypes == ["Ingress", "Egress"])
    let ports = try #require(web.spec.ingress?.first?.ports)
    #expect(ports[0].port == .string("http") && ports[0].effectiveProtocol == "TCP")
    #expect(ports[1].port == .int(5000) && ports[1].endPort == 5010 && ports[1].protocol == "UDP")
    let block = try #require(web.spec.egress?.first?.peers?.first?.ipBlock)
    #expect(block.cidr == "0.0.0.0/0" && block.except == ["10.0.0.0/8"])
    #expect(s.namespace(named: "ci")?.isSynthesized == true)
  }

  @Test("typed list (PodList) items without kind take the list's kind")
  func podList() throws {
    let s = try loader.load(path: FixturePath.of("formats/podlist.json"))
    #expect(s.pods.map(\.metadata.name) == ["web-1", "web-2"])
    #expect(s.pods[0].spec.hostNetwork == true)
    #expect(s.pods[0].status.isScheduled)
    #expect(!s.pods[1].status.isScheduled)
  }

  @Test("multi-document YAML: empty documents, CronJob template, volume sources, quantities")
  func multiDocument() throws {
    let s = try loader.load(path: FixturePath.of("formats/multi-doc.yaml"))
    #expect(s.serviceAccounts.first?.automountServiceAccountToken == false)
    let cron = try #require(s.controllers.first)
    #expect(cron.kind == .cronJob && cron.schedule == "0 3 * * *")
    let spec = cron.template.spec
    #expect(spec.effectiveServiceAccountName == "worker")
    #expect(spec.volumes.map(\.source) == ["hostPath", "projected", "emptyDir"])
    #expect(spec.volumes[0].hostPath?.path == "/var/log")
    #expect(spec.volumes[1].projectsServiceAccountToken)
    #expect(spec.containers[0].resources?.limits?["cpu"] == Quantity("1"))
    #expect(s.services.first?.spec.ports.first?.targetPort == .string("http"))
  }

  @Test("a directory is read recursively; non-Kubernetes YAML is skipped with a warning")
  func directory() throws {
    let s = try loader.load(path: FixturePath.of("manifests"))
    #expect(Set(s.controllers.map(\.metadata.name)) == ["frontend", "db", "agent"])
    #expect(s.namespace(named: "web")?.labels["pod-security.kubernetes.io/enforce"] == "baseline")
    #expect(
      s.warnings.contains {
        $0.file?.hasSuffix("docs/values.yaml") == true && $0.message.hasPrefix("skipped")
      })
    #expect(!s.warnings.contains { $0.file?.hasSuffix("notes.txt") == true })
  }

  @Test("several paths merge; duplicates are reported once and the first wins")
  func mergeAndDuplicates() throws {
    let json = FixturePath.of("formats/kubectl-list.json")
    let s = try loader.load(paths: [json, FixturePath.of("formats/multi-doc.yaml"), json])
    #expect(s.pods.count == 2)
    #expect(s.controllers.count == 3)
    let duplicates = s.warnings.filter { $0.message.hasPrefix("duplicate object") }
    #expect(duplicates.count == 8)
    #expect(duplicates.contains { $0.message.contains("Pod/shop/api-7d9f-a") })
  }

  @Test("kbaseline snapshot files round-trip in JSON and gzip")
  func snapshotRoundTrip() throws {
    let original = try loader.load(paths: [
      FixturePath.of("formats/kubectl-list.json"), FixturePath.of("formats/kubectl-list.yaml"),
      FixturePath.of("formats/multi-doc.yaml"),
    ])
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    for name in ["snap.json", "snap.json.gz"] {
      let path = dir.appendingPathComponent(name).path
      try SnapshotWriter().write(original, to: path)
      let loaded = try loader.load(path: path)
      #expect(loaded.pods == original.pods)
      #expect(
        loaded.controllers.sorted { $0.key < $1.key }
          == original.controllers.sorted { $0.key < $1.key })
      #expect(Set(loaded.bindings) == Set(original.bindings))
      #expect(Set(loaded.networkPolicies) == Set(original.networkPolicies))
      #expect(loaded.namespaces.map(\.name) == original.namespaces.map(\.name))
      #expect(loaded.unknownKinds == original.unknownKinds)
      #expect(loaded.capture == nil)
    }
    let compressed = try Data(contentsOf: dir.appendingPathComponent("snap.json.gz"))
    #expect(Gzip.isCompressed(compressed))
  }

  @Test("capture metadata and list status are read from a kbaseline snapshot")
  func captureMetadata() throws {
    let text = """
      {"apiVersion": "kbaseline/v1", "kind": "ClusterSnapshot",
       "capture": {"capturedAt": "2026-11-28T08:30:00Z", "source": {"context": "prod", "cluster": "prod-eu"},
                   "identity": {"username": "alice"}, "serverVersion": {"gitVersion": "v1.32.3"}},
       "lists": [
         {"group": "", "version": "v1", "resource": "pods", "kind": "Pod", "namespaced": true,
          "status": "complete", "items": [
            {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p", "namespace": "a"},
             "spec": {"containers": [{"name": "c"}]}}]},
         {"group": "", "version": "v1", "resource": "secrets", "kind": "Secret", "status": "forbidden",
          "httpStatus": 403, "message": "secrets is forbidden", "items": []},
         {"group": "apps", "version": "v1", "resource": "deployments", "kind": "Deployment", "status": "complete",
          "items": [{"metadata": {"name": "idle", "namespace": "a"},
                     "spec": {"template": {"spec": {"containers": [{"name": "c"}]}}}}]}
       ]}
      """
    let s = try loader.load(text: text, name: "snap.json")
    #expect(s.capture?.source?.cluster == "prod-eu")
    #expect(s.gaps.map(\.resource) == ["secrets"])
    #expect(s.list(resource: "secrets")?.httpStatus == 403)
    #expect(s.controllers.first?.kind == .deployment)
    // a complete live pods list means the idle Deployment really has no pods: no stand-in
    #expect(s.effectivePods.count == 1)
    let inventory = Inventory(s)
    #expect(inventory.cluster == "prod-eu" && inventory.capturedBy == "alice")
    #expect(inventory.gaps.first?.status == .forbidden)
  }
}

import FakeAPIServer
import Foundation
import KubeModel
import Testing

@testable import LiveCluster

@Suite("snapshot files written from a capture")
struct SnapshotFileTests {
  @Test(
    "no Secret value, env literal or last-applied content reaches the file",
    arguments: [
      "snap.json", "snap.json.gz",
    ])
  func redaction(name: String) async throws {
    var faults = FakeFaults()
    faults.honourMetadataAccept = false
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    try await FakeFixture.with(faults: faults) { fake in
      let (cluster, _) = try await fake.capture()
      let path = dir.file(name)
      try SnapshotWriter().write(cluster, to: path)
      var data = try Data(contentsOf: URL(fileURLWithPath: path))
      #expect(Gzip.isCompressed(data) == name.hasSuffix(".gz"))
      if Gzip.isCompressed(data) { data = try Gzip.decompress(data) }
      let text = String(decoding: data, as: UTF8.self)
      for marker in FakeCluster.secretMarkers {
        #expect(!text.contains(marker), "\(marker) leaked into the snapshot")
      }
      #expect(!text.contains("\"managedFields\":"))
      #expect(!text.contains(FakeCluster.aliceToken))
      #expect(text.contains("\"value\":\"<redacted>\""))
      #expect(text.contains("\"secretKeyRef\""))
    }
  }

  @Test("--keep-env-values keeps literals but never Secret data")
  func keepEnvValues() async throws {
    try await FakeFixture.with { fake in
      let (cluster, _) = try await fake.capture(options: CaptureOptions(keepEnvValues: true))
      let text = String(decoding: try SnapshotWriter().encode(cluster), as: UTF8.self)
      #expect(text.contains("ENV-LITERAL-api-key-42"))
      #expect(!text.contains("hunter2-db-password"))
      #expect(cluster.capture.redactions?.contains("env[].value") == false)
    }
  }

  @Test("the file loads back into the same snapshot as the in-memory capture")
  func loadsBack() async throws {
    var faults = FakeFaults()
    faults.forbiddenClusterWide = ["secrets"]
    let dir = try TemporaryDirectory()
    defer { dir.remove() }
    try await FakeFixture.with(faults: faults) { fake in
      let (cluster, _) = try await fake.capture()
      let path = dir.file("cluster.json.gz")
      try SnapshotWriter().write(cluster, to: path)
      let loaded = try SnapshotLoader().load(paths: [path])
      let memory = try cluster.makeSnapshot()
      #expect(loaded.capture == memory.capture)
      #expect(loaded.lists == memory.lists)
      #expect(loaded.pods == memory.pods)
      #expect(loaded.pods.count == 12)
      #expect(loaded.controllers == memory.controllers)
      #expect(loaded.bindings == memory.bindings)
      #expect(loaded.roles == memory.roles && loaded.clusterRoles == memory.clusterRoles)
      #expect(loaded.secrets == memory.secrets)
      #expect(loaded.namespaces == memory.namespaces)
      #expect(loaded.networkPolicies == memory.networkPolicies)
      #expect(loaded.serviceAccounts == memory.serviceAccounts)
      #expect(loaded.configMaps == memory.configMaps)
      #expect(loaded.workloads.map(\.name) == memory.workloads.map(\.name))
      #expect(loaded.warnings.isEmpty)
      #expect(loaded.gaps.map(\.resource) == ["secrets"])
      #expect(loaded.list(resource: "secrets")?.fallback?.perNamespace["team-a"] == .complete)
    }
  }

  @Test("the document has sorted keys, lists by (group, resource) and items by (namespace, name)")
  func layout() async throws {
    try await FakeFixture.with { fake in
      let (cluster, _) = try await fake.capture()
      let bytes = try SnapshotWriter().encode(cluster)
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(text.hasPrefix("{\"apiVersion\":\"kbaseline/v1\",\n\"capture\":{"))
      let document = try JSONValue.parse(Data(bytes))
      #expect(document["kind"] == "ClusterSnapshot")
      #expect(
        String(decoding: JSONWriter.serialize(document), as: UTF8.self)
          == text.replacingOccurrences(of: "\n", with: ""))
      let lists = document["lists"]?.arrayValue ?? []
      let keys = lists.map {
        ($0["group"]?.stringValue ?? "") + "\u{0}" + ($0["resource"]?.stringValue ?? "")
      }
      #expect(keys == keys.sorted())
      for list in lists {
        let items = (list["items"]?.arrayValue ?? []).map {
          ($0.value(at: "metadata", "namespace")?.stringValue ?? "") + "\u{0}"
            + ($0.value(at: "metadata", "name")?.stringValue ?? "")
        }
        #expect(items == items.sorted())
      }
      #expect(
        try SnapshotWriter().encode(cluster) == bytes, "the same capture gives the same bytes")
    }
  }
}

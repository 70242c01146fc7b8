import FakeAPIServer
import KubeModel
import Testing

@testable import LiveCluster

@Suite("capture against the fake API server")
struct CaptureTests {
  @Test("a full capture: every list complete, paged, items typed, identity and version recorded")
  func fullCapture() async throws {
    try await FakeFixture.with { fake in
      let (cluster, _) = try await fake.capture()
      #expect(cluster.gaps.isEmpty)
      let pods = try #require(cluster.list("pods"))
      #expect(pods.record.status == .complete)
      #expect(pods.items.count == 12)
      #expect(pods.record.pages == 4)
      #expect(pods.record.itemCount == 12)
      #expect(pods.record.resourceVersion == "424242")
      #expect(pods.items.allSatisfy { $0["kind"] == "Pod" && $0["apiVersion"] == "v1" })
      #expect(cluster.list("deployments", group: "apps")?.items.first?["apiVersion"] == "apps/v1")
      #expect(cluster.capture.identity?.username == "alice")
      #expect(cluster.capture.identity?.groups == ["devs", "system:authenticated"])
      #expect(cluster.capture.serverVersion?.gitVersion == "v1.32.4-fake")
      #expect(cluster.capture.discovery?.format == "aggregated-v2")
      #expect(
        cluster.capture.discovery?.groupVersions?.contains("rbac.authorization.k8s.io/v1") == true)
      #expect(cluster.capture.source?.server == fake.server.url)
      let log = fake.server.state.log.map(\.line)
      #expect(log.contains("GET /api/v1/pods?limit=500"))
      #expect(log.filter { $0.hasPrefix("GET /api/v1/pods?continue=") }.count == 3)
      #expect(
        !log.contains {
          $0.hasPrefix("GET /api/v1/namespaces/") && !$0.contains("/kube-system/configmaps")
        },
        "no per-namespace lists when allowed")
    }
  }

  @Test("optional groups that are not served are recorded as notServed without a request")
  func notServed() async throws {
    try await FakeFixture.with { fake in
      let (cluster, _) = try await fake.capture()
      let anp = try #require(
        cluster.list("adminnetworkpolicies", group: "policy.networking.k8s.io"))
      #expect(anp.record.status == .notServed)
      #expect(!fake.server.state.log.contains { $0.line.contains("policy.networking.k8s.io") })
    }
  }

  @Test("legacy discovery gives the same lists")
  func legacyDiscovery() async throws {
    var faults = FakeFaults()
    faults.aggregatedDiscovery = false
    try await FakeFixture.with(faults: faults) { fake in
      let (cluster, _) = try await fake.capture()
      #expect(cluster.capture.discovery?.format == "legacy")
      #expect(cluster.gaps.isEmpty)
      #expect(cluster.list("pods")?.items.count == 12)
      #expect(
        cluster.list("clusterroles", group: "rbac.authorization.k8s.io")?.record.namespaced == false
      )
      #expect(
        fake.server.state.log.contains { $0.line == "GET /apis/rbac.authorization.k8s.io/v1" })
    }
  }

  @Test("aws-auth is the only ConfigMap captured")
  func awsAuth() async throws {
    try await FakeFixture.with { fake in
      let (cluster, _) = try await fake.capture()
      #expect(cluster.names("configmaps") == ["kube-system/aws-auth"])
      #expect(cluster.list("configmaps")?.items.first?.value(at: "data", "mapRoles") != nil)
    }
  }

  @Test("progress: each list starts, reports its pages, and finishes with its record")
  func progressEvents() async throws {
    try await FakeFixture.with { fake in
      let (cluster, events) = try await fake.capture()
      var pages: [String: [Int]] = [:]
      var started = Set<String>()
      var finished: [String: ListRecord] = [:]
      for event in events {
        switch event {
        case .listStarted(let target): started.insert(target.description)
        case .pageFetched(let target, _, let page, _, _, _):
          #expect(started.contains(target.description))
          #expect(finished[target.description] == nil)
          pages[target.description, default: []].append(page)
        case .listFinished(let target, let record): finished[target.description] = record
        default: break
        }
      }
      #expect(pages["pods"] == [1, 2, 3, 4])
      #expect(finished["pods"]?.itemCount == 12)
      #expect(finished.count == cluster.lists.filter { $0.record.status != .notServed }.count)
      guard case .finished(let lists, let items, let gaps, _)? = events.last else {
        Issue.record("the last event is not .finished")
        return
      }
      #expect(lists == cluster.lists.count)
      #expect(items == cluster.lists.reduce(0) { $0 + $1.items.count })
      #expect(gaps == 0)
    }
  }

  @Test("an unreachable server is an error, not a capture")
  func unreachable() async throws {
    let fixture = try await FakeFixture.start()
    let connection = fixture.connection()
    await fixture.server.stop()
    await #expect(throws: APIError.self) { try await fixture.capture(connection) }
  }
}

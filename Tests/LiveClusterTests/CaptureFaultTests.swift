import FakeAPIServer
import KubeModel
import Testing

@testable import LiveCluster

@Suite("capture faults: 403, 410, 429, 5xx, slow, truncated, gzip")
struct CaptureFaultTests {
  @Test(
    "403 cluster-wide is data: forbidden with the server's message, then namespace by namespace")
  func forbiddenWithFallback() async throws {
    var faults = FakeFaults()
    faults.forbiddenClusterWide = ["secrets", "clusterrolebindings"]
    faults.forbiddenInNamespaces = ["secrets": ["team-b"]]
    try await FakeFixture.with(faults: faults) { fake in
      let (cluster, events) = try await fake.capture()
      let secrets = try #require(cluster.list("secrets"))
      #expect(secrets.record.status == .forbidden)
      #expect(secrets.record.httpStatus == 403)
      #expect(
        secrets.record.message
          == "secrets is forbidden: User \"alice\" cannot list resource \"secrets\" in API group \"\" at the cluster scope"
      )
      #expect(
        secrets.record.fallback?.perNamespace
          == [
            "default": .complete, "kube-system": .complete, "team-a": .complete,
            "team-b": .forbidden,
          ])
      #expect(cluster.names("secrets") == ["kube-system/deployer-token", "team-a/db-creds"])
      #expect(secrets.record.itemCount == 2)
      let crb = try #require(
        cluster.list("clusterrolebindings", group: "rbac.authorization.k8s.io"))
      #expect(crb.record.status == .forbidden)
      #expect(crb.record.fallback == nil, "cluster-scoped kinds have no per-namespace fallback")
      #expect(Set(cluster.gaps.map(\.resource)) == ["secrets", "clusterrolebindings"])
      #expect(
        events.contains {
          if case .fallingBack(let t, 4) = $0 { t.resource == "secrets" } else { false }
        })
      #expect(cluster.list("pods")?.record.status == .complete)
    }
  }

  @Test("with namespaces forbidden too, the fallback uses the context's namespace")
  func fallbackToContextNamespace() async throws {
    var faults = FakeFaults()
    faults.forbiddenClusterWide = ["namespaces", "pods"]
    try await FakeFixture.with(faults: faults) { fake in
      var connection = fake.connection()
      connection.namespace = "team-b"
      let (cluster, _) = try await fake.capture(connection)
      #expect(cluster.list("namespaces")?.record.status == .forbidden)
      let pods = try #require(cluster.list("pods"))
      #expect(pods.record.status == .forbidden)
      #expect(pods.record.fallback?.perNamespace == ["team-b": .complete])
      #expect(cluster.names("pods") == ["team-b/backup-28000000-xyz", "team-b/worker"])
    }
  }

  @Test("410 on a continued page: one full re-list recovers every item")
  func expiredRelist() async throws {
    var faults = FakeFaults()
    faults.expireContinue = ["pods"]
    try await FakeFixture.with(faults: faults) { fake in
      let (cluster, _) = try await fake.capture()
      let pods = try #require(cluster.list("pods"))
      #expect(pods.record.status == .complete)
      #expect(pods.items.count == 12)
      #expect(Set(cluster.names("pods")).count == 12)
      #expect(fake.server.state.log.contains { $0.line == "GET /api/v1/pods" && $0.status == 200 })
    }
  }

  @Test("410 and a failing re-list: the pages read are kept and the list is partial")
  func expiredPartial() async throws {
    var faults = FakeFaults()
    faults.expireContinue = ["pods"]
    faults.failFullList = ["pods"]
    try await FakeFixture.with(faults: faults) { fake in
      let (cluster, _) = try await fake.capture()
      let pods = try #require(cluster.list("pods"))
      #expect(pods.record.status == .partial)
      #expect(pods.record.httpStatus == 410)
      #expect(pods.record.message?.hasPrefix("The provided continue parameter is too old") == true)
      #expect(pods.items.count == 3)
      #expect(cluster.gaps.map(\.resource) == ["pods"])
    }
  }

  @Test("429 and 503 with Retry-After are retried after the wait")
  func retryAfter() async throws {
    var faults = FakeFaults()
    faults.tooManyRequestsOnce = ["pods"]
    faults.unavailableOnce = ["roles"]
    try await FakeFixture.with(faults: faults) { fake in
      let (cluster, events) = try await fake.capture()
      #expect(cluster.gaps.isEmpty)
      #expect(cluster.list("pods")?.items.count == 12)
      let retries = events.compactMap { event -> (String, RetryNotice)? in
        if case .retrying(let target?, let notice) = event { return (target.resource, notice) }
        return nil
      }
      #expect(retries.map(\.0).sorted() == ["pods", "roles"])
      #expect(retries.allSatisfy { $0.1.delaySeconds == 1 && $0.1.attempt == 1 })
      #expect(Set(retries.map(\.1.reason)) == ["HTTP 429", "HTTP 503"])
      let statuses = fake.server.state.log.filter { $0.line == "GET /api/v1/pods?limit=500" }.map(
        \.status)
      #expect(statuses == [429, 200])
    }
  }

  @Test("500 without Retry-After is not retried: the list is an error with the message")
  func serverError() async throws {
    var faults = FakeFaults()
    faults.serverError = ["services"]
    try await FakeFixture.with(faults: faults) { fake in
      let (cluster, _) = try await fake.capture()
      let services = try #require(cluster.list("services"))
      #expect(services.record.status == .error)
      #expect(services.record.httpStatus == 500)
      #expect(services.record.message == "Internal error occurred: etcdserver: request timed out")
      #expect(fake.server.state.log.filter { $0.line.hasPrefix("GET /api/v1/services") }.count == 1)
      #expect(cluster.list("pods")?.record.status == .complete)
    }
  }

  @Test("a response slower than the request timeout fails that list only")
  func slowResponse() async throws {
    var faults = FakeFaults()
    faults.slow = ["nodes": 8, "services": 0.2]
    try await FakeFixture.with(faults: faults) { fake in
      let (cluster, _) = try await fake.capture(timeout: 3)
      let nodes = try #require(cluster.list("nodes"))
      #expect(nodes.record.status == .error)
      #expect(nodes.record.message?.contains("timed out after 3 s") == true)
      #expect(
        cluster.list("services")?.record.status == .complete,
        "\(cluster.list("services")?.record.message ?? "")")
      #expect(cluster.list("pods")?.record.status == .complete)
    }
  }

  @Test("a truncated body is retried; one that is always truncated ends the list")
  func truncated() async throws {
    var faults = FakeFaults()
    faults.truncateOnce = ["pods"]
    faults.truncateAlways = ["serviceaccounts"]
    try await FakeFixture.with(faults: faults) { fake in
      let (cluster, _) = try await fake.capture()
      #expect(cluster.list("pods")?.record.status == .complete)
      #expect(cluster.list("pods")?.items.count == 12)
      let accounts = try #require(cluster.list("serviceaccounts"))
      #expect(accounts.record.status == .error)
      #expect(accounts.items.isEmpty)
    }
  }

  @Test("gzip-compressed responses are decompressed")
  func gzip() async throws {
    var faults = FakeFaults()
    faults.gzipMinimumBytes = 0
    try await FakeFixture.with(faults: faults) { fake in
      let (cluster, _) = try await fake.capture()
      #expect(cluster.gaps.isEmpty)
      #expect(cluster.list("pods")?.items.count == 12)
      #expect(fake.server.state.log.allSatisfy { $0.request.acceptEncoding.contains("gzip") })
    }
  }

  @Test("Secrets are requested as metadata only and stored as Secret items")
  func metadataOnly() async throws {
    try await FakeFixture.with { fake in
      let (cluster, _) = try await fake.capture()
      let request = try #require(
        fake.server.state.log.first { $0.line.hasPrefix("GET /api/v1/secrets") })
      #expect(
        request.request.accept
          == "application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1,application/json")
      let secrets = try #require(cluster.list("secrets"))
      #expect(secrets.record.representation == "PartialObjectMetadata")
      #expect(
        secrets.items.allSatisfy {
          $0["kind"] == "Secret" && $0["apiVersion"] == "v1" && $0["data"] == nil
        })
      #expect(cluster.list("pods")?.record.representation == nil)
    }
  }

  @Test("a 401 on one list (credentials revoked mid-capture) marks it unauthorized")
  func unauthorizedList() async throws {
    try await FakeFixture.with { fake in
      let client = try APIClient(
        connection: fake.connection(), options: FakeFixture.clientOptions(), environment: [:])
      defer { Task { await client.shutdown() } }
      fake.server.state.updateFaults { $0.revokedTokens = [FakeCluster.aliceToken] }
      let fetcher = ListFetcher(
        client: client, pageSize: 500, redactor: Redactor(), progress: { _ in })
      let outcome = await fetcher.fetch(
        CaptureTarget(group: "", version: "v1", resource: "pods", kind: "Pod", namespaced: true))
      #expect(outcome.status == .unauthorized)
      #expect(outcome.httpStatus == 401)
    }
  }
}

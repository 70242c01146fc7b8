import FakeAPIServer
import Testing

@testable import LiveCluster

@Suite("background capture sessions for the TUI")
struct CaptureSessionTests {
  @Test("events stream while the capture runs; the result matches; a second run reuses the client")
  func streamAndResult() async throws {
    try await FakeFixture.with { fake in
      let client = try APIClient(
        connection: fake.connection(), options: FakeFixture.clientOptions(), environment: [:])
      _ = try await client.credentials.current()
      for _ in 0..<2 {
        let session = CaptureSession.start(client: client)
        var finishedLists = 0
        var sawFinish = false
        for await event in session.events {
          if case .listFinished = event { finishedLists += 1 }
          if case .finished = event { sawFinish = true }
        }
        let cluster = try await session.result
        #expect(sawFinish)
        #expect(finishedLists == cluster.lists.filter { $0.record.status != .notServed }.count)
        #expect(cluster.list("pods")?.items.count == 12)
      }
      await client.shutdown()
    }
  }

  @Test("cancel stops the capture and the result throws")
  func cancel() async throws {
    var faults = FakeFaults()
    faults.slow = ["pods": 5]
    try await FakeFixture.with(faults: faults) { fake in
      let client = try APIClient(
        connection: fake.connection(), options: FakeFixture.clientOptions(), environment: [:])
      let session = CaptureSession.start(client: client)
      for await event in session.events {
        if case .listStarted(let target) = event, target.resource == "pods" { session.cancel() }
      }
      await #expect(throws: CancellationError.self) { try await session.result }
      await client.shutdown()
    }
  }
}

import Foundation
import KubeModel
import NIOConcurrencyHelpers

/// The fake's mutable state (shared by all connections): content, faults, consumed one-shot
/// faults and the request log.
public final class FakeAPIState: Sendable {
  struct Inner {
    var cluster: FakeCluster
    var faults: FakeFaults
    var consumed: Set<String> = []
    var log: [FakeRequestRecord] = []
  }

  private let box: NIOLockedValueBox<Inner>
  private let observer: (@Sendable (FakeRequestRecord) -> Void)?

  /// Creates state; `observer` sees every request after it is answered.
  public init(
    cluster: FakeCluster, faults: FakeFaults,
    observer: (@Sendable (FakeRequestRecord) -> Void)? = nil
  ) {
    box = NIOLockedValueBox(Inner(cluster: cluster, faults: faults))
    self.observer = observer
  }

  /// Answers a request and logs it.
  func answer(_ request: FakeRequest) -> FakeResponse {
    let (response, record) = route(request)
    observer?(record)
    return response
  }

  private func route(_ request: FakeRequest) -> (FakeResponse, FakeRequestRecord) {
    box.withLockedValue { inner in
      var router = FakeRouter(
        cluster: inner.cluster, faults: inner.faults, consumed: inner.consumed)
      var (response, user) = router.route(request)
      if let minimum = inner.faults.gzipMinimumBytes, request.acceptEncoding.contains("gzip"),
        response.body.count >= minimum,
        let packed = try? Gzip.compress(Data(response.body), level: 1)
      {
        response.body = [UInt8](packed)
        response.headers.append(("Content-Encoding", "gzip"))
      }
      inner.consumed = router.consumed
      let query = request.query.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(
        separator: "&")
      let record = FakeRequestRecord(
        request: request, user: user, status: response.status,
        line: "\(request.method) \(request.path)\(query.isEmpty ? "" : "?" + query)")
      inner.log.append(record)
      return (response, record)
    }
  }

  /// The requests so far.
  public var log: [FakeRequestRecord] { box.withLockedValue { $0.log } }

  /// Changes the faults.
  public func updateFaults(_ change: @Sendable (inout FakeFaults) -> Void) {
    box.withLockedValue { change(&$0.faults) }
  }

  /// Changes the content.
  public func updateCluster(_ change: @Sendable (inout FakeCluster) -> Void) {
    box.withLockedValue { change(&$0.cluster) }
  }
}

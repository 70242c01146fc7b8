import KubeModel

/// Progress of a capture, reported as it happens (for a progress line or a TUI screen).
///
/// Per list the order is `listStarted`, any number of `pageFetched` and `retrying`, then
/// `listFinished` with the list's final record.
public enum CaptureEvent: Sendable {
  /// Discovery is running against `server`.
  case discovering(server: String)
  /// Discovery finished.
  case discovered(format: String, groupVersions: Int)
  /// The identity the server sees (SelfSubjectReview), when it answered.
  case identified(username: String, groups: [String])
  /// The lists about to be fetched (served ones) and those not served.
  case planned(targets: [CaptureTarget], notServed: [String])
  /// A list started.
  case listStarted(CaptureTarget)
  /// A page arrived; `namespace` is set during a per-namespace fallback.
  case pageFetched(
    CaptureTarget, namespace: String?, page: Int, pageItems: Int, totalItems: Int,
    remainingItems: Int?)
  /// A request is being retried.
  case retrying(CaptureTarget?, RetryNotice)
  /// A cluster-wide list was forbidden; namespaces are tried one by one.
  case fallingBack(CaptureTarget, namespaces: Int)
  /// A list ended with this record.
  case listFinished(CaptureTarget, ListRecord)
  /// Everything is done.
  case finished(lists: Int, items: Int, gaps: Int, durationSeconds: Double)
}

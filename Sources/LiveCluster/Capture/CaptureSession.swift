/// A capture running in the background, for an interactive UI: its events as an
/// `AsyncStream`, its result, and cancellation.
///
/// Start one per capture (`r` in the TUI starts another over the same ``APIClient``, so exec
/// plugin credentials stay cached). Run `try await client.credentials.current()` before the UI
/// takes the screen so that interactive exec plugins can talk to the user first.
public final class CaptureSession: Sendable {
  /// The capture's progress; finishes when the capture ends (also on failure or cancel).
  public let events: AsyncStream<CaptureEvent>
  private let task: Task<CapturedCluster, any Error>

  private init(events: AsyncStream<CaptureEvent>, task: Task<CapturedCluster, any Error>) {
    self.events = events
    self.task = task
  }

  /// Starts capturing through `client` (which the caller keeps and shuts down).
  public static func start(client: APIClient, options: CaptureOptions = CaptureOptions())
    -> CaptureSession
  {
    let (events, continuation) = AsyncStream<CaptureEvent>.makeStream(bufferingPolicy: .unbounded)
    let task = Task {
      defer { continuation.finish() }
      return try await ClusterCapture(client: client, options: options).run { event in
        continuation.yield(event)
      }
    }
    return CaptureSession(events: events, task: task)
  }

  /// The captured cluster, once the capture ends.
  ///
  /// - Throws: what ``ClusterCapture/run(progress:)`` throws, or `CancellationError`.
  public var result: CapturedCluster {
    get async throws { try await task.value }
  }

  /// Stops the capture; ``result`` then throws `CancellationError`.
  public func cancel() { task.cancel() }
}

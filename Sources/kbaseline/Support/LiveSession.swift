import Explorer
import Foundation
import KubeModel
import LiveCluster

/// The live cluster behind `kbaseline --live`: one client whose credentials are obtained before
/// curses takes the screen (exec plugins may prompt), reused by every capture.
struct LiveSession: Sendable {
  /// The client every capture uses.
  let client: APIClient
  private let options: CaptureOptions

  /// Resolves the kubeconfig and obtains credentials; errors are one-line ``CLIError``s.
  static func connect(kubeconfig: String?, context: String?) throws -> LiveSession {
    let connection: ClusterConnection
    let client: APIClient
    do {
      connection = try KubeconfigLoader().connection(kubeconfig: kubeconfig, context: context)
      client = try APIClient(
        connection: connection,
        options: ClientOptions(userAgent: "kbaseline/\(KBaselineVersion.current)"))
    } catch {
      throw CLIError("\(error)")
    }
    for warning in connection.warnings { CLIOutput.warn("warning: \(warning)") }
    let session = LiveSession(
      client: client, options: CaptureOptions(tool: ("kbaseline", KBaselineVersion.current)))
    try BlockingTask.run { () async throws(CLIError) in
      do { _ = try await client.credentials.current() } catch { throw CLIError("\(error)") }
    }
    return session
  }

  /// Captures the cluster into a snapshot, reporting every capture event.
  ///
  /// - Complexity: one list request per page of every wanted resource.
  func snapshot(progress: @escaping @Sendable (CaptureEvent) -> Void) async throws -> Snapshot {
    try await ClusterCapture(client: client, options: options).run(progress: progress)
      .makeSnapshot()
  }

  /// The first capture, with the same stderr progress as `kbaseline snapshot`.
  func initialSnapshot() throws -> Snapshot {
    let display = SnapshotProgress(interactive: isatty(STDERR_FILENO) == 1)
    let session = self
    do {
      return try BlockingTask.run { () async throws(CLIError) in
        do { return try await session.snapshot(progress: display.handle) } catch {
          throw CLIError("\(error)")
        }
      }
    } catch {
      display.clearLine()
      throw error
    }
  }

  /// The re-capture the explorer runs for `r`, counting finished lists.
  var liveCapture: LiveCapture {
    let session = self
    return LiveCapture { progress in
      let finished = FinishedLists()
      return try await session.snapshot { event in
        if case .listFinished = event { progress(finished.increment()) }
      }
    }
  }

  /// Closes the client's connections.
  func close() { BlockingTask.run { () async throws(Never) in await client.shutdown() } }
}

/// A thread-safe counter of finished lists.
private final class FinishedLists: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0

  func increment() -> Int {
    lock.withLock {
      count += 1; return count
    }
  }
}

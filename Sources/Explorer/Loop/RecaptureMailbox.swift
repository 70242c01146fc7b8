import Baseline
import Foundation

/// Runs one re-capture at a time in a background task and hands its progress and result to the
/// run loop as actions (the run loop polls it between terminal events; curses stays on one
/// thread).
final class RecaptureMailbox: @unchecked Sendable {
  private let lock = NSLock()
  private var pending: [Action] = []
  private var running = false
  private var generation = 0

  /// Whether a capture is running or its actions wait to be drained.
  var isBusy: Bool { lock.withLock { running || !pending.isEmpty } }

  /// Takes the waiting actions, oldest first.
  func drain() -> [Action] {
    lock.withLock {
      defer { pending = [] }
      return pending
    }
  }

  /// Starts a capture; the new input keeps `exceptions` and `today`.
  ///
  /// - Complexity: the capture, then the engines and the pane factory, all off the caller's
  ///   thread.
  func start(
    _ live: LiveCapture, exceptions: ExceptionFile, today: CalendarDate,
    makePanes: @escaping @Sendable (ExplorerInput) -> [any Pane]
  ) {
    let generation: Int? = lock.withLock {
      guard !running else { return nil }
      running = true
      self.generation += 1
      return self.generation
    }
    guard let generation else { return }
    Task.detached { [self] in
      let finished: Action
      do {
        let snapshot = try await live.capture { lists in self.post(.captureProgress(lists: lists)) }
        let input = ExplorerInput(snapshot: snapshot, exceptions: exceptions, today: today)
        // Negative generations keep re-captures apart from the exceptions editor's updates.
        finished = .recaptured(
          ExplorerUpdate(input: input, panes: makePanes(input), generation: -generation))
      } catch {
        finished = .captureFailed("\(error)")
      }
      lock.withLock {
        pending.append(finished)
        running = false
      }
    }
  }

  private func post(_ action: Action) {
    lock.withLock {
      // Only the latest progress matters.
      if case .captureProgress = pending.last { pending.removeLast() }
      pending.append(action)
    }
  }
}

import Baseline
import Foundation
import KubeModel

/// Opens a snapshot on a background thread — load, analyse (``ExplorerInput``), build the panes
/// — and keeps its progress events and its outcome for the thread that draws (a mailbox: the
/// loading loop drains it between terminal events; curses stays on one thread).
public final class PreparationJob: @unchecked Sendable {
  /// When the job started; event times are offsets from it.
  public let startedAt: ContinuousClock.Instant
  private let condition = NSCondition()
  private var events: [(event: PreparationEvent, at: Duration)] = []
  private var finished: Result<PreparedExplorer, any Error>?

  /// Starts the job on its own thread.
  ///
  /// `load` reads the snapshot (files, or a first live capture) and may throw; its error becomes
  /// the outcome. If nobody waits for the outcome (the user cancelled), the thread runs to its
  /// end or until the process exits.
  ///
  /// - Complexity: the loader, the engines and the pane factory, all off the caller's thread.
  public init(
    load: @escaping @Sendable () throws -> Snapshot, exceptions: ExceptionFile = ExceptionFile(),
    today: CalendarDate = .today(),
    makePanes: @escaping @Sendable (ExplorerInput) -> [any Pane] = PaneRegistry.makePanes
  ) {
    startedAt = ContinuousClock.now
    let thread = Thread { [self] in
      let clock = PreparationClock { self.post($0) }
      let outcome = Result { () throws(any Error) -> PreparedExplorer in
        let snapshot = try clock.step(.loading, load)
        let input = ExplorerInput(
          snapshot: snapshot, exceptions: exceptions, today: today, progress: clock.report)
        return PreparedExplorer(input: input, panes: clock.step(.views) { makePanes(input) })
      }
      self.finish(outcome)
    }
    thread.name = "kbaseline.preparation"
    thread.start()
  }

  /// The outcome once the job has ended (nil while it runs).
  public var outcome: Result<PreparedExplorer, any Error>? {
    condition.withLock { finished }
  }

  /// Takes the progress events posted so far, oldest first, each with its time since the start.
  public func drain() -> [(event: PreparationEvent, at: Duration)] {
    condition.withLock {
      defer { events = [] }
      return events
    }
  }

  /// Waits until the job ends or `deadline` passes; returns whether it has ended.
  @discardableResult
  public func wait(until deadline: ContinuousClock.Instant) -> Bool {
    let remaining = deadline - ContinuousClock.now
    let limit = Date(timeIntervalSinceNow: max(0, Double(remaining / .seconds(1))))
    return condition.withLock {
      while finished == nil {
        if !condition.wait(until: limit) { break }
      }
      return finished != nil
    }
  }

  private func post(_ event: PreparationEvent) {
    let at = ContinuousClock.now - startedAt
    condition.withLock {
      events.append((event, at))
    }
  }

  private func finish(_ outcome: Result<PreparedExplorer, any Error>) {
    condition.withLock {
      finished = outcome
      condition.broadcast()
    }
  }
}

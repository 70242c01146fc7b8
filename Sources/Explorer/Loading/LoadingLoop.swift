import TerminalUI

/// Shows the loading screen while a ``PreparationJob`` runs, and returns its outcome.
///
/// Single-threaded like ``ExplorerRunLoop`` (every terminal call on the caller's thread): it
/// draws, waits for an event with a short timeout, takes the job's progress, and again. The
/// first frame is drawn only once the job has run for ``firstFrameDelay``, so a quick load
/// never flashes the screen. Works with any ``Terminal`` (curses or in memory).
public struct LoadingLoop {
  /// Where to draw and read events.
  public let terminal: any Terminal
  /// The theme the screen is painted with.
  public var theme: Theme
  /// How long the job may run before the first frame is drawn.
  public var firstFrameDelay: Duration = .milliseconds(150)
  /// How long to wait for an event between frames.
  public var tick: Duration = .milliseconds(100)

  /// Creates a loop on a terminal.
  public init(terminal: any Terminal, theme: Theme) {
    self.terminal = terminal
    self.theme = theme
  }

  /// Runs until the job ends (its outcome) or the user cancels with `q`, ctrl-c or esc (nil).
  ///
  /// When the terminal's input ends the loop keeps waiting for the job: the outcome still
  /// matters (an error must be reported).
  public func run(
    _ job: PreparationJob, inputs: [LoadingInput]
  ) -> Result<PreparedExplorer, any Error>? {
    var state = LoadingState(inputs: inputs)
    if job.wait(until: job.startedAt + firstFrameDelay), let outcome = job.outcome {
      return outcome
    }
    while true {
      for (event, at) in job.drain() { state.apply(event, at: at) }
      if let outcome = job.outcome { return outcome }
      state.elapsed = ContinuousClock.now - job.startedAt
      terminal.present(render(state, size: terminal.size, glyphs: glyphs), theme: theme)
      let deadline = ContinuousClock.now + tick
      if let event = terminal.nextEvent(timeout: Int(tick / .milliseconds(1))) {
        if Self.cancels(event) { return nil }
      } else {
        // A terminal whose input has ended answers at once: wait out the tick on the job.
        job.wait(until: deadline)
      }
    }
  }

  private var glyphs: Glyphs { terminal.capability.glyphs }

  /// Whether an event cancels loading: `q`, ctrl-c or esc.
  static func cancels(_ event: InputEvent) -> Bool {
    switch event {
    case .key(.character("q")), .key(.control("c")), .key(.escape): true
    default: false
    }
  }
}

import TerminalUI

/// The explorer's single-threaded loop: render → present → wait for an event → reduce → perform
/// effects (feeding their results back as actions), until an effect says quit or the terminal's
/// input ends.
///
/// Works with any ``Terminal`` (curses or in memory).
public struct ExplorerRunLoop {
  /// Where to draw and read events.
  public let terminal: any Terminal
  /// Handles submitted forms other than the exception form; returns the
  /// action reporting the outcome.
  public var formHandler: (_ purpose: String, _ values: [String: String]) -> Action?
  /// Saves exception edits (the `x` form, `e`, `d`, reload); nil when there is no file.
  public var exceptions: ExceptionsEditor?
  /// Captures the cluster again for `r` (live mode); nil for snapshot files.
  public var live: LiveCapture?
  /// Builds the panes of a re-captured input.
  public var makePanes: @Sendable (ExplorerInput) -> [any Pane] = PaneRegistry.makePanes
  private let recaptures = RecaptureMailbox()

  /// Creates a loop on a terminal.
  public init(
    terminal: any Terminal, exceptions: ExceptionsEditor? = nil, live: LiveCapture? = nil,
    formHandler: @escaping (_ purpose: String, _ values: [String: String]) -> Action? = { p, _ in
      .report(StatusMessage("nothing handles \(p) forms yet", role: .warning))
    }
  ) {
    self.terminal = terminal
    self.exceptions = exceptions
    self.live = live
    self.formHandler = formHandler
  }

  /// Runs until quit or until the terminal's input ends.
  ///
  /// While a re-capture runs, events are awaited with a short timeout so its progress and
  /// result reach the screen without a key press.
  public func run(_ state: inout AppState) {
    while !state.isQuitting {
      terminal.present(render(state), theme: state.theme)
      let capturing = recaptures.isBusy
      let event = terminal.nextEvent(timeout: capturing ? 100 : nil)
      var pending = recaptures.drain()
      for case .recaptured(let update) in pending { exceptions?.adopt(update.input) }
      if let event {
        pending.append(Action(event))
      } else if !capturing {
        return
      }
      while !pending.isEmpty {
        for effect in reduce(&state, pending.removeFirst()) {
          if let result = perform(effect, state) { pending.append(result) }
        }
      }
    }
  }

  /// Performs one effect; returns the action carrying its result.
  private func perform(_ effect: Effect, _ state: AppState) -> Action? {
    switch effect {
    case .recapture:
      guard let live else { return .captureFailed("no live cluster to capture") }
      recaptures.start(
        live, exceptions: exceptions?.store.file ?? state.input.exceptions,
        today: state.input.today, makePanes: makePanes)
      return nil
    case .quit:
      return nil
    case .loadTheme(let reference):
      do {
        return .themeLoaded(try ThemeCatalog().load(reference))
      } catch {
        return .report(StatusMessage("theme: \(error)", role: .error))
      }
    case .submitForm(let purpose, let values):
      return formHandler(purpose, values)
    case .editExceptions(let edit):
      return exceptions?.perform(edit)
        ?? .report(StatusMessage("no exceptions file to save to", role: .error))
    }
  }
}

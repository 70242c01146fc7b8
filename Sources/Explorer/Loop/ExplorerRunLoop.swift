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

  /// Creates a loop on a terminal.
  public init(
    terminal: any Terminal, exceptions: ExceptionsEditor? = nil,
    formHandler: @escaping (_ purpose: String, _ values: [String: String]) -> Action? = { p, _ in
      .report(StatusMessage("nothing handles \(p) forms yet", role: .warning))
    }
  ) {
    self.terminal = terminal
    self.exceptions = exceptions
    self.formHandler = formHandler
  }

  /// Runs until quit or until the terminal's input ends.
  public func run(_ state: inout AppState) {
    while !state.isQuitting {
      terminal.present(render(state), theme: state.theme)
      guard let event = terminal.nextEvent(timeout: nil) else { return }
      var pending = [Action(event)]
      while !pending.isEmpty {
        for effect in reduce(&state, pending.removeFirst()) {
          if let result = perform(effect) { pending.append(result) }
        }
      }
    }
  }

  /// Performs one effect; returns the action carrying its result.
  private func perform(_ effect: Effect) -> Action? {
    switch effect {
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

import Explorer
import TerminalUI

/// The explorer's single-threaded loop: render → present → wait for an event → reduce →
/// perform effects (feeding their results back as actions), until an effect says quit.
struct ExplorerRunLoop {
  /// Where to draw and read events.
  let terminal: any Terminal

  /// Runs until quit or until the terminal's input ends.
  func run(_ state: inout AppState) {
    while !state.isQuitting {
      terminal.present(render(state), theme: state.theme)
      guard let event = terminal.nextEvent(timeout: nil) else { return }
      var pending = [Action(event)]
      while !pending.isEmpty {
        let effects = reduce(&state, pending.removeFirst())
        for effect in effects {
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
    case .submitForm(let purpose, _):
      return .report(StatusMessage("nothing handles \(purpose) forms yet", role: .warning))
    }
  }
}

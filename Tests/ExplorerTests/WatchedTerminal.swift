import TerminalUI

/// An in-memory terminal that also calls `onPresent` with every presented screen (on the
/// caller's thread), so a test can release a background job once a given frame was drawn.
final class WatchedTerminal: Terminal {
  /// The terminal doing the work (scripted events, presented screens).
  let base: InMemoryTerminal
  private let onPresent: (Screen) -> Void

  init(_ base: InMemoryTerminal, onPresent: @escaping (Screen) -> Void) {
    self.base = base
    self.onPresent = onPresent
  }

  var size: Size { base.size }
  var capability: TerminalCapability { base.capability }
  func nextEvent(timeout: Int?) -> InputEvent? { base.nextEvent(timeout: timeout) }

  func present(_ screen: Screen, theme: Theme) {
    base.present(screen, theme: theme)
    onPresent(screen)
  }
}

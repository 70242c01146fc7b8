import TerminalUI

/// An input to the reducer: a terminal event, a command, or the result of an effect.
public enum Action: Hashable, Sendable {
  /// A key press (dispatched by mode, then the keymap).
  case key(Key)
  /// The terminal was resized.
  case resize(Size)
  /// A mouse event.
  case mouse(MouseEvent)
  /// A command, as if its key had been pressed in normal mode.
  case command(Command)
  /// A theme finished loading (result of ``Effect/loadTheme(_:)``).
  case themeLoaded(Theme)
  /// Show a message on the status line (for example an effect failed).
  case report(StatusMessage)
  /// Whether there are unsaved changes now.
  case setUnsavedChanges(Bool)
  /// An exceptions edit finished (result of ``Effect/editExceptions(_:)``).
  case exceptionsChanged(ExceptionsOutcome)
  /// A running re-capture has finished `lists` lists.
  case captureProgress(lists: Int)
  /// A re-capture finished: the new input (same exceptions file) and its panes.
  case recaptured(ExplorerUpdate)
  /// A re-capture failed; the previous capture stays on screen.
  case captureFailed(String)

  /// The action for a terminal event.
  public init(_ event: InputEvent) {
    switch event {
    case .key(let key): self = .key(key)
    case .resize(let size): self = .resize(size)
    case .mouse(let mouse): self = .mouse(mouse)
    }
  }
}

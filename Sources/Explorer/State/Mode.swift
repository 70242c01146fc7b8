import TerminalUI

/// What keys currently go to: the panes, a prompt, or an overlay.
public enum Mode: Hashable, Sendable {
  /// Keys go through the keymap to the focused pane.
  case normal
  /// Typing the `/` filter; `previous` is restored by esc.
  case filter(TextField, previous: String)
  /// Typing a `:` command.
  case command(TextField)
  /// The `?` help, scrolled to `offset`.
  case help(offset: Int)
  /// Asking whether to quit with unsaved changes.
  case confirmQuit(ConfirmDialog)
  /// A yes/no question: yes performs `onYes`, no shows `onNo`.
  case confirm(ConfirmDialog, onYes: Effect, onNo: StatusMessage)
  /// A modal form; `purpose` tells the effect handler what the values are for.
  case form(Form, purpose: String)
}

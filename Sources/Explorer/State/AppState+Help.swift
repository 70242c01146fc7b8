import TerminalUI

extension AppState {
  /// The `?` help: the key bindings and prompt keys, then the active tab's `:` commands.
  public var helpSections: [HelpSection] {
    let commands = activePane.pane.commands
    guard !commands.isEmpty else { return keymap.helpSections }
    return keymap.helpSections + [
      HelpSection(title: "\(active.title) commands", entries: commands.map(\.helpEntry))
    ]
  }
}

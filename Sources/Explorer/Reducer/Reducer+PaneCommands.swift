import TerminalUI

extension Reducer {
  /// The active pane's command answering to `word`, if any.
  static func paneCommand(_ word: String, _ state: AppState) -> PaneCommand? {
    state.activePane.pane.commands.first { $0.answers(to: word) }
  }

  /// Runs a pane command: its view replaces everything above the pane's root (so
  /// `:severity high` then `:severity low` reads `Workloads > severity low`); a failure is
  /// reported on the status line.
  static func runPaneCommand(_ command: PaneCommand, argument: String, _ state: inout AppState) {
    switch state.activePane.pane.run(command, argument: argument) {
    case .success(let view):
      let root = state.activePane.stack[0]
      state.activePane.stack = [root, ViewState(view: view, namespace: state.namespace)]
    case .failure(let error):
      state.message = StatusMessage(error.description, role: .error)
    }
  }

  /// `, :namespaces, :rule` for the active pane's commands (empty without any).
  static func paneCommandList(_ state: AppState) -> String {
    state.activePane.pane.commands.map { ", :" + $0.name }.joined()
  }
}

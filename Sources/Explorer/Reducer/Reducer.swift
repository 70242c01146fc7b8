import TerminalUI

/// Applies an action to the state and returns the effects the run loop must perform.
///
/// Keys are dispatched by mode first (prompts and overlays take their keys), then through the
/// keymap; ctrl-c always quits. This function never performs I/O and never analyses anything.
///
/// - Complexity: O(*n* log *n*) in the rows of the active view at worst (filtering, sorting);
///   O(1) for cursor movement.
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
  Reducer.reduce(&state, action)
}

/// The reducer's implementation, split by concern across `Reducer+*.swift`.
enum Reducer {
  static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .key(let key):
      if key == .control("c") { return quit(&state) }
      state.message = nil
      return handle(key, &state)
    case .resize(let size):
      state.size = size
      followCursors(&state)
      return []
    case .mouse(let event):
      return mouse(event, &state)
    case .command(let command):
      return run(command, &state)
    case .themeLoaded(let theme):
      state.theme = theme
      state.message = StatusMessage("theme \(theme.name)", role: .success)
      return []
    case .report(let message):
      state.message = message
      return []
    case .setUnsavedChanges(let value):
      state.hasUnsavedChanges = value
      return []
    case .exceptionsChanged(let outcome):
      exceptionsChanged(outcome, &state)
      return []
    case .captureProgress, .recaptured, .captureFailed:
      captureChanged(action, &state)
      return []
    }
  }

  static func quit(_ state: inout AppState) -> [Effect] {
    state.isQuitting = true
    return [.quit]
  }

  private static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
    switch state.mode {
    case .normal:
      guard let command = state.keymap.command(for: key) else {
        state.message = StatusMessage("\(key) is not bound; ? shows the keys", role: .dim)
        return []
      }
      return run(command, &state)
    case .filter(var field, let previous):
      return filterKey(key, field: &field, previous: previous, &state)
    case .command(var field):
      return commandKey(key, field: &field, &state)
    case .help(let offset):
      return helpKey(key, offset: offset, &state)
    case .confirmQuit(let dialog):
      switch dialog.answer(for: key) {
      case true?: return quit(&state)
      case false?: state.mode = .normal
      case nil: break
      }
      return []
    case .confirm(let dialog, let onYes, let onNo):
      switch dialog.answer(for: key) {
      case true?:
        state.mode = .normal
        return [onYes]
      case false?:
        state.mode = .normal
        state.message = onNo
      case nil: break
      }
      return []
    case .form(var form, let purpose)
    where purpose == ExceptionForm.purpose && state.exceptionForm != nil:
      return exceptionFormKey(key, form: &form, &state)
    case .form(var form, let purpose):
      switch form.handle(key) {
      case .editing: state.mode = .form(form, purpose: purpose)
      case .cancelled: state.mode = .normal
      case .submitted(let values):
        state.mode = .normal
        return [.submitForm(purpose: purpose, values: values)]
      }
      return []
    }
  }

  /// The layout of the active view, for page sizes and clicks.
  static func viewLayout(_ state: AppState) -> ViewLayout {
    ViewLayout(
      view: state.activePane.top, pane: state.activePane.pane,
      content: ScreenLayout(size: state.size).content)
  }

  /// Keeps every view's cursor visible after a resize.
  static func followCursors(_ state: inout AppState) {
    let content = ScreenLayout(size: state.size).content
    for p in state.panes.indices {
      for v in state.panes[p].stack.indices {
        let layout = ViewLayout(
          view: state.panes[p].stack[v], pane: state.panes[p].pane, content: content)
        state.panes[p].stack[v].follow(viewport: layout.viewport(for: state.panes[p].stack[v]))
      }
    }
  }
}

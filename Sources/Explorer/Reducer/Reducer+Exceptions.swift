import Baseline
import TerminalUI

extension Reducer {
  /// `x`: opens the exception form for the finding under the cursor (editing its exception
  /// when one already decides its status).
  static func markException(_ state: inout AppState) {
    let top = state.activePane.top
    // On a table or tree the selected row; on a finding's detail (a text view) the view itself.
    guard let row = top.selectedID ?? top.view.id as String?,
      let finding = state.activePane.pane.finding(for: row, in: top.view)
    else {
      state.message = StatusMessage(
        "no finding under the cursor: x marks an exception on a finding row", role: .warning)
      return
    }
    if let id = finding.exception,
      let entry = state.input.exceptions.entries.first(where: { $0.id == id })
    {
      openForm(ExceptionForm(editing: entry, today: state.input.today), &state)
      state.message = StatusMessage("\(id) already covers this finding: editing it", role: .dim)
      return
    }
    let draft = ExceptionDraft(
      finding: finding.finding, file: state.input.exceptions, today: state.input.today)
    openForm(ExceptionForm(new: draft), &state)
  }

  /// `e`: edits the exception selected in the Exceptions tab (or shown by its view).
  static func editException(_ state: inout AppState) {
    guard let entry = selectedException(&state, verb: "e edits") else { return }
    openForm(ExceptionForm(editing: entry, today: state.input.today), &state)
  }

  /// `d`: asks whether to delete the selected exception.
  static func deleteException(_ state: inout AppState) {
    guard let entry = selectedException(&state, verb: "d deletes") else { return }
    let target = ExceptionsPresentation.target(entry.target)
    state.mode = .confirm(
      ConfirmDialog(
        title: "Delete exception",
        message:
          "Delete \(entry.id) (\(entry.rule) on \(target)) from the file? Its findings count again."
      ), onYes: .editExceptions(.delete(id: entry.id)),
      onNo: StatusMessage("kept \(entry.id)", role: .dim))
  }

  /// `X` or `:excepted hide|show`: hides or shows rows of excepted findings in every table.
  static func setHidesExcepted(_ hide: Bool, _ state: inout AppState) {
    state.hidesExcepted = hide
    let roles = state.hiddenRoles
    for p in state.panes.indices {
      for v in state.panes[p].stack.indices { state.panes[p].stack[v].setHiddenRoles(roles) }
    }
    followCursors(&state)
    state.message = StatusMessage(
      hide ? "excepted findings hidden (X shows them)" : "excepted findings shown", role: .success)
  }

  /// `:status NAME`: the Exceptions tab shows only exceptions of that status (`all`: every one).
  static func showExceptions(status name: String, _ state: inout AppState) {
    let status: ExceptionStatus?
    if name.isEmpty || name == "all" {
      status = nil
    } else if let known = ExceptionStatus(rawValue: name) {
      status = known
    } else {
      let names = ExceptionStatus.allCases.map(\.rawValue).joined(separator: ", ")
      state.message = StatusMessage(
        "unknown status \"\(name)\" (one of \(names), all)", role: .error)
      return
    }
    state.exceptionStatus = status
    state.active = .exceptions
    guard let i = state.panes.firstIndex(where: { $0.pane.id == .exceptions }) else { return }
    let pane = state.panes[i].pane
    state.panes[i] = PaneState(
      pane: pane, root: root(of: pane, state), namespace: state.namespace,
      hiding: state.hiddenRoles)
    state.message = StatusMessage(
      "exceptions: \(status?.rawValue ?? "all")", role: .success)
  }

  /// A key in the exception form: submitting validates the draft and asks the run loop to save.
  static func exceptionFormKey(_ key: Key, form: inout Form, _ state: inout AppState) -> [Effect] {
    switch form.handle(key) {
    case .editing:
      state.mode = .form(form, purpose: ExceptionForm.purpose)
    case .cancelled:
      state.mode = .normal
      state.exceptionForm = nil
      state.message = StatusMessage("exception not saved (cancelled)", role: .dim)
    case .submitted(let values):
      guard var pending = state.exceptionForm else {
        state.mode = .normal
        return []
      }
      pending.form = form
      state.exceptionForm = pending
      let problems = pending.problems(values, today: state.input.today)
      guard problems.isEmpty else {
        state.mode = .form(form, purpose: ExceptionForm.purpose)
        state.message = StatusMessage(problems.joined(separator: "; "), role: .error)
        return []
      }
      state.mode = .normal
      return [.editExceptions(.upsert(pending.entry(from: values), isNew: pending.isNew))]
    }
    return []
  }

  /// The result of an exceptions edit: swap in the rebuilt panes, then report, ask to reload,
  /// or reopen the kept draft.
  static func exceptionsChanged(_ outcome: ExceptionsOutcome, _ state: inout AppState) {
    if let update = outcome.update { apply(update, &state) }
    state.hasUnsavedChanges = outcome.hasUnsavedChanges
    switch outcome.result {
    case .saved(let text):
      state.exceptionForm = nil
      state.message = StatusMessage(text, role: .success)
    case .reloaded(let text):
      // The draft of a refused save opens again on the reloaded file.
      guard var pending = state.exceptionForm else {
        state.message = StatusMessage(text, role: .success)
        return
      }
      if pending.isNew, state.input.exceptions.entries.contains(where: { $0.id == pending.id }) {
        pending.renumber(state.input.exceptions.nextID)
      }
      state.exceptionForm = pending
      state.mode = .form(pending.form, purpose: ExceptionForm.purpose)
      state.message = StatusMessage("reloaded; draft open again, ctrl-s saves")
    case .changedOnDisk(let text):
      state.mode = .confirm(
        ConfirmDialog(
          title: "Exceptions file changed on disk",
          message:
            "\(text). Reload it from disk? Your draft is kept and opens again after the reload."),
        onYes: .editExceptions(.reload),
        onNo: StatusMessage(
          "not saved and not reloaded; :reload reads the file again", role: .warning))
    case .failed(let text):
      state.message = StatusMessage(text, role: .error)
    }
  }

  /// Swaps in rebuilt panes, keeping each tab's navigation (drilled views, filter, sort,
  /// selected row) as far as the new views still have it.
  ///
  /// - Complexity: O(*n* log *n*) in the rows of the views on the stacks.
  static func apply(_ update: ExplorerUpdate, _ state: inout AppState) {
    state.input = update.input
    let old = state.panes
    state.panes = update.panes.map { pane in
      var fresh = PaneState(
        pane: pane, root: root(of: pane, state), namespace: state.namespace,
        hiding: state.hiddenRoles)
      guard let previous = old.first(where: { $0.pane.id == pane.id }) else { return fresh }
      fresh.stack[0].restore(from: previous.stack[0])
      for level in previous.stack.indices.dropFirst() {
        guard let row = previous.stack[level - 1].selectedID,
          let view = pane.drill(into: row, of: fresh.top.view),
          view.id == previous.stack[level].view.id
        else { break }
        var next = ViewState(view: view, namespace: state.namespace, hiding: state.hiddenRoles)
        next.restore(from: previous.stack[level])
        fresh.stack.append(next)
      }
      return fresh
    }
    followCursors(&state)
  }

  /// The root view of a pane as the state shows it (the Exceptions tab may be filtered).
  private static func root(of pane: any Pane, _ state: AppState) -> PaneView {
    (pane as? ExceptionsPane)?.root(showing: state.exceptionStatus) ?? pane.root
  }

  private static func openForm(_ form: ExceptionForm, _ state: inout AppState) {
    state.exceptionForm = form
    state.mode = .form(form.form, purpose: ExceptionForm.purpose)
  }

  private static func selectedException(_ state: inout AppState, verb: String)
    -> ExceptionEntry?
  {
    let top = state.activePane.top
    guard let pane = state.activePane.pane as? ExceptionsPane,
      let entry = pane.entry(at: top.selectedID, of: top.view)
    else {
      let message =
        state.active == .exceptions
        ? "no exception selected" : "\(verb) an exception in the Exceptions tab (6)"
      state.message = StatusMessage(message, role: .warning)
      return nil
    }
    return entry
  }
}

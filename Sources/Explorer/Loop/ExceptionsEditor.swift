import Baseline

/// Performs exception edits for the run loop: owns the ``ExceptionStore`` (the file on disk),
/// saves atomically, refuses to overwrite a file that changed on disk, and after every change
/// rebuilds the panes from the same analysis with the new statuses (no engine runs again).
public final class ExceptionsEditor {
  /// The file as loaded and edited.
  public private(set) var store: ExceptionStore
  private var input: ExplorerInput
  private let makePanes: @Sendable (ExplorerInput) -> [any Pane]
  private var generation = 0

  /// Creates an editor for `store`, whose file `input` was analysed with.
  public init(
    store: ExceptionStore, input: ExplorerInput,
    makePanes: @escaping @Sendable (ExplorerInput) -> [any Pane] = PaneRegistry.makePanes
  ) {
    self.store = store
    self.input = input
    self.makePanes = makePanes
  }

  /// Edits from now on rebuild from `input` (a re-capture replaced the analysis).
  public func adopt(_ input: ExplorerInput) { self.input = input }

  /// Performs an edit and returns the action reporting it.
  ///
  /// - Complexity: a save writes the file (O(*e*) in exceptions); a change then re-resolves the
  ///   statuses and rebuilds the panes (O(*f*·*e*) plus the panes' initialisers).
  public func perform(_ edit: ExceptionEdit) -> Action {
    switch edit {
    case .upsert(var entry, let isNew):
      if isNew, store.file.entries.contains(where: { $0.id == entry.id }) {
        entry.id = store.file.nextID
      }
      store.upsert(entry)
      return save(done: "saved \(entry.id) to \(store.path)")
    case .delete(let id):
      guard store.delete(id: id) else {
        return outcome(.failed("\(id) is not in \(store.path) any more"), rebuild: false)
      }
      return save(done: "deleted \(id) from \(store.path)")
    case .reload:
      do {
        try store.reload()
      } catch {
        return outcome(.failed("cannot reload: \(error)"), rebuild: false)
      }
      let count = store.file.entries.count
      return outcome(
        .reloaded("reloaded \(store.path) (\(count) exception\(count == 1 ? "" : "s"))"),
        rebuild: true)
    }
  }

  private func save(done: String) -> Action {
    do {
      try store.save()
    } catch {
      switch error.reason {
      case .changedOnDisk:
        return outcome(
          .changedOnDisk(
            "\(store.path) changed on disk since it was loaded; it was not overwritten"),
          rebuild: false)
      case .invalid, .io:
        return outcome(.failed("not saved: \(error)"), rebuild: false)
      }
    }
    return outcome(.saved(done), rebuild: true)
  }

  private func outcome(_ result: ExceptionsOutcome.Result, rebuild: Bool) -> Action {
    var update: ExplorerUpdate?
    if rebuild {
      generation += 1
      let next = input.withExceptions(store.file)
      update = ExplorerUpdate(input: next, panes: makePanes(next), generation: generation)
    }
    return .exceptionsChanged(
      ExceptionsOutcome(result, update: update, hasUnsavedChanges: store.hasUnsavedChanges))
  }
}

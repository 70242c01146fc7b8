import TerminalUI

extension Reducer {
  /// `r`: asks the run loop to capture the cluster again (live mode, one capture at a time).
  static func recapture(_ state: inout AppState) -> [Effect] {
    guard state.isLive else {
      state.message = StatusMessage("re-capture needs --live", role: .warning)
      return []
    }
    guard !state.isCapturing else {
      state.message = StatusMessage("a capture is already running", role: .dim)
      return []
    }
    state.isCapturing = true
    state.message = StatusMessage("capturing…", role: .dim)
    return [.recapture]
  }

  /// Progress and the result of a re-capture: the new panes replace the old ones, keeping each
  /// tab's navigation as far as the new views allow.
  static func captureChanged(_ action: Action, _ state: inout AppState) {
    switch action {
    case .captureProgress(let lists):
      guard state.isCapturing else { return }
      state.message = StatusMessage("capturing… \(lists) list\(lists == 1 ? "" : "s")", role: .dim)
    case .recaptured(let update):
      state.isCapturing = false
      apply(update, &state)
      let gaps = update.input.snapshot.gaps.count
      let lists = update.input.snapshot.lists.count
      state.message =
        gaps == 0
        ? StatusMessage("re-captured \(lists) lists, no gaps", role: .success)
        : StatusMessage("re-captured \(lists) lists, \(gaps) gap(s): see Overview", role: .warning)
    case .captureFailed(let reason):
      state.isCapturing = false
      state.message = StatusMessage("re-capture failed: \(reason)", role: .error)
    default:
      return
    }
  }
}

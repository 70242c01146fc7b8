/// Work the reducer asks the run loop to do; results come back as ``Action``s.
public enum Effect: Hashable, Sendable {
  /// Leave the explorer (the run loop restores the terminal).
  case quit
  /// Load a theme by name or path; the run loop answers with ``Action/themeLoaded(_:)`` or
  /// ``Action/report(_:)``.
  case loadTheme(String)
  /// A form was submitted; `purpose` is the tag given with ``Mode/form(_:purpose:)``.
  case submitForm(purpose: String, values: [String: String])
  /// Change the exceptions file and save it atomically; the run loop answers with
  /// ``Action/exceptionsChanged(_:)``.
  case editExceptions(ExceptionEdit)
  /// Capture the live cluster again off the UI thread; the run loop reports progress with
  /// ``Action/captureProgress(lists:)`` and answers with ``Action/recaptured(_:)`` or
  /// ``Action/captureFailed(_:)``.
  case recapture
}

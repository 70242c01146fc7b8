/// What an ``ExceptionEdit`` did, fed back to the reducer as ``Action/exceptionsChanged(_:)``.
public struct ExceptionsOutcome: Hashable, Sendable {
  /// How the edit ended.
  public enum Result: Hashable, Sendable {
    /// Saved (or deleted and saved); the text says what.
    case saved(String)
    /// Read again from disk.
    case reloaded(String)
    /// Not saved: the file changed on disk since it was loaded (nothing was overwritten).
    case changedOnDisk(String)
    /// Not done, for the reason given.
    case failed(String)
  }

  /// How the edit ended.
  public var result: Result
  /// The panes rebuilt from the file as now on disk, when it changed.
  public var update: ExplorerUpdate?
  /// Whether edits remain that are not on disk.
  public var hasUnsavedChanges: Bool

  /// Creates an outcome.
  public init(_ result: Result, update: ExplorerUpdate? = nil, hasUnsavedChanges: Bool) {
    self.result = result
    self.update = update
    self.hasUnsavedChanges = hasUnsavedChanges
  }
}

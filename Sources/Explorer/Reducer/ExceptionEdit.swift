import Baseline

/// A change to the exceptions file that the run loop performs (``Effect/editExceptions(_:)``).
public enum ExceptionEdit: Hashable, Sendable {
  /// Adds an entry or replaces the entry with its id, then saves. A new entry whose id was taken
  /// meanwhile (someone else added it on disk) gets the next free id.
  case upsert(ExceptionEntry, isNew: Bool)
  /// Removes the entry with this id, then saves.
  case delete(id: String)
  /// Reads the file again from disk, discarding edits that could not be saved.
  case reload
}

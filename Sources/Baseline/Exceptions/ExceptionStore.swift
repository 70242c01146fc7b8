import Foundation

/// The exceptions file on disk: loaded once, edited in memory, saved atomically.
///
/// Saving refuses to overwrite the file when it changed on disk since it was loaded (someone
/// pulled, or edited it by hand); the caller offers a reload. An invalid file cannot be loaded,
/// so it is never overwritten.
public struct ExceptionStore: Sendable {
  /// The file's path.
  public let path: String
  /// The file's content as edited.
  public private(set) var file: ExceptionFile
  /// Whether there are edits not yet saved.
  public private(set) var hasUnsavedChanges = false
  /// The bytes on disk when loaded or last saved; `nil` when the file did not exist.
  private var diskContent: Data?

  /// Loads the file at `path`; a missing file is an empty list.
  ///
  /// - Throws: ``ExceptionFileError`` when the file cannot be read or is invalid.
  public init(path: String = ExceptionFile.defaultPath) throws(ExceptionFileError) {
    self.path = path
    diskContent = try Self.read(path)
    let text = diskContent.map { String(decoding: $0, as: UTF8.self) } ?? ""
    file = try ExceptionFile.parse(text, file: path)
  }

  /// Adds an entry, or replaces the entry with the same id.
  public mutating func upsert(_ entry: ExceptionEntry) {
    if let index = file.entries.firstIndex(where: { $0.id == entry.id }) {
      file.entries[index] = entry
    } else {
      file.entries.append(entry)
    }
    hasUnsavedChanges = true
  }

  /// Removes the entry with this id; returns whether there was one.
  @discardableResult
  public mutating func delete(id: String) -> Bool {
    let before = file.entries.count
    file.entries.removeAll { $0.id == id }
    hasUnsavedChanges = hasUnsavedChanges || file.entries.count != before
    return file.entries.count != before
  }

  /// Whether the file on disk differs from what was loaded or last saved.
  public func changedOnDisk() throws(ExceptionFileError) -> Bool {
    try Self.read(path) != diskContent
  }

  /// Reloads from disk, discarding unsaved edits.
  public mutating func reload() throws(ExceptionFileError) {
    self = try ExceptionStore(path: path)
  }

  /// Writes the file atomically (temporary file, fsync, rename).
  ///
  /// - Throws: ``ExceptionFileError`` with reason `changedOnDisk` when the file changed since it
  ///   was loaded (nothing is written), or `io` when writing fails.
  public mutating func save() throws(ExceptionFileError) {
    guard try !changedOnDisk() else {
      throw ExceptionFileError(
        .changedOnDisk, file: path,
        message:
          "changed on disk since it was loaded; reload it before saving (your edits are kept until then)"
      )
    }
    let text: String
    do { text = try file.render() } catch {
      throw ExceptionFileError(.io, file: path, message: "cannot render: \(error)")
    }
    let data = Data(text.utf8)
    try AtomicFile.write(data, to: path)
    diskContent = data
    hasUnsavedChanges = false
  }

  private static func read(_ path: String) throws(ExceptionFileError) -> Data? {
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    do {
      return try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw ExceptionFileError(
        .io, file: path, message: "cannot read: \(error.localizedDescription)")
    }
  }
}

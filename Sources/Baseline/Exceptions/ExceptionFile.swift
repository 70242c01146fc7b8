/// The exceptions file: a documented YAML list of ``ExceptionEntry`` values kept in Git.
///
/// Reading keeps unknown fields (top level and per entry) so they are written back; writing is
/// deterministic (a generated header, entries sorted by id, fields in a fixed order) so diffs
/// stay small.
public struct ExceptionFile: Sendable {
  /// The `apiVersion` of the format.
  public static let apiVersion = "kbaseline.dev/v1"
  /// The `kind` of the format.
  public static let kind = "ExceptionList"
  /// The default file name, in the current directory.
  public static let defaultPath = "kbaseline-exceptions.yaml"

  /// The entries.
  public var entries: [ExceptionEntry]
  /// Top-level fields kbaseline does not know, written back unchanged.
  public var unknownFields: [PreservedField]
  /// The line of each entry in the file it was read from, by id.
  public var lineOfEntry: [String: Int]

  /// Creates a file.
  public init(entries: [ExceptionEntry] = [], unknownFields: [PreservedField] = []) {
    self.entries = entries
    self.unknownFields = unknownFields
    lineOfEntry = [:]
  }

  /// Entries sorted as they are written: by number, then by id.
  public var sortedEntries: [ExceptionEntry] {
    entries.sorted { ($0.number ?? Int.max, $0.id) < ($1.number ?? Int.max, $1.id) }
  }

  /// The id the next new entry gets: one more than the highest number in use.
  public var nextID: String {
    ExceptionEntry.id(number: (entries.compactMap(\.number).max() ?? 0) + 1)
  }
}

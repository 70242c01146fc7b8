import KubeModel

/// One captured list: its record (status, pages, message) and its raw items.
public struct CapturedList: Sendable {
  /// What was asked for and how it went.
  public var record: ListRecord
  /// The items as the API returned them, minus redactions, sorted by namespace and name.
  public var items: [JSONValue]

  /// Creates a list.
  public init(record: ListRecord, items: [JSONValue]) {
    self.record = record
    self.items = items
  }
}

import Foundation
import KubeModel

/// The result of a capture: metadata and every list with its raw (redacted) items.
///
/// Lists are sorted by (group, resource) and items by (namespace, name). Write it with ``SnapshotWriter`` or turn it
/// into a ``Snapshot`` in memory.
public struct CapturedCluster: Sendable {
  /// Who, where, when, what was redacted.
  public var capture: CaptureMetadata
  /// The lists.
  public var lists: [CapturedList]

  /// Creates a capture, sorting lists and items.
  public init(capture: CaptureMetadata, lists: [CapturedList]) {
    self.capture = capture
    self.lists = lists.map { list in
      CapturedList(record: list.record, items: list.items.sorted(by: Self.itemOrder))
    }.sorted { ($0.record.group, $0.record.resource) < ($1.record.group, $1.record.resource) }
  }

  /// The list records.
  public var records: [ListRecord] { lists.map(\.record) }

  /// The lists that are gaps (forbidden, partial, error, unauthorized).
  public var gaps: [ListRecord] { records.filter(\.status.isGap) }

  /// Decodes the items into a ``Snapshot`` without going through a file.
  ///
  /// - Complexity: O(*n*) in the size of the items, plus ``Snapshot``'s own construction.
  public func makeSnapshot() throws -> Snapshot {
    var objects: [KubeObject] = []
    let decoder = JSONDecoder()
    for list in lists where !list.items.isEmpty {
      var writer = JSONWriter()
      writer.write(.array(list.items))
      objects += try decoder.decode([ItemBox].self, from: Data(writer.bytes)).map(\.object)
    }
    return Snapshot(objects: objects, sources: ["live"], capture: capture, lists: records)
  }

  static func itemOrder(_ a: JSONValue, _ b: JSONValue) -> Bool {
    let left = (
      a.value(at: "metadata", "namespace")?.stringValue ?? "",
      a.value(at: "metadata", "name")?.stringValue ?? ""
    )
    let right = (
      b.value(at: "metadata", "namespace")?.stringValue ?? "",
      b.value(at: "metadata", "name")?.stringValue ?? ""
    )
    return left < right
  }

  /// Decodes an item through its own `kind` and `apiVersion`.
  private struct ItemBox: Decodable {
    var object: KubeObject
    private enum Keys: String, CodingKey { case kind, apiVersion }
    init(from decoder: any Decoder) throws {
      let header = try decoder.container(keyedBy: Keys.self)
      object = try KubeObject(
        kind: try header.decode(String.self, forKey: .kind),
        apiVersion: try header.decode(String.self, forKey: .apiVersion), from: decoder)
    }
  }
}

import Foundation
import KubeModel

/// Writes a ``CapturedCluster`` as a kbaseline snapshot file (spec live.md §5.2):
/// `{"apiVersion":"kbaseline/v1","capture":{…},"kind":"ClusterSnapshot","lists":[…]}` with
/// sorted keys, one list record and one item per line (so snapshots diff cleanly), gzip for
/// `.gz` paths, written atomically.
public struct SnapshotWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// The document's bytes (uncompressed).
  ///
  /// - Complexity: O(*n*) in the size of the capture.
  public func encode(_ cluster: CapturedCluster) throws -> [UInt8] {
    var writer = JSONWriter()
    writer.raw("{\"apiVersion\":\"kbaseline/v1\",\n\"capture\":")
    writer.write(try Self.json(cluster.capture))
    writer.raw(",\n\"kind\":\"ClusterSnapshot\",\n\"lists\":[")
    for (index, list) in cluster.lists.enumerated() {
      writer.raw(index == 0 ? "\n" : ",\n")
      try write(list, into: &writer)
    }
    writer.raw("\n]}\n")
    return writer.bytes
  }

  /// Writes the file atomically; `.gz` paths are gzip-compressed.
  public func write(_ cluster: CapturedCluster, to path: String) throws {
    var data = Data(try encode(cluster))
    if path.lowercased().hasSuffix(".gz") { data = try Gzip.compress(data) }
    try data.write(to: URL(fileURLWithPath: path), options: .atomic)
  }

  private func write(_ list: CapturedList, into writer: inout JSONWriter) throws {
    guard case .object(var members) = try Self.json(list.record) else { return }
    members["items"] = .array([])
    writer.raw("{")
    for (index, key) in JSONWriter.sortedKeys(members).enumerated() {
      if index > 0 { writer.raw(",") }
      writer.write(string: key)
      writer.raw(":")
      guard key == "items" else {
        writer.write(members[key]!)
        continue
      }
      writer.raw("[")
      for (position, item) in list.items.enumerated() {
        writer.raw(position == 0 ? "\n" : ",\n")
        writer.write(item)
      }
      writer.raw(list.items.isEmpty ? "]" : "\n]")
    }
    writer.raw("}")
  }

  private static func json<T: Encodable>(_ value: T) throws -> JSONValue {
    try JSONValue.parse(try JSONEncoder().encode(value))
  }
}

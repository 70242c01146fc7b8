/// Streams a kbaseline snapshot file (`apiVersion: kbaseline/v1`, `kind: ClusterSnapshot`)
/// list by list and item by item, flushing the JSON text to disk in chunks.
///
/// Each list is written with its record (group, version, resource, kind, namespaced,
/// `status: complete`) followed by `items` and, once they are known, `itemCount`, so the
/// writer never holds more than one chunk of text.
final class SnapshotStream {
  private var writer = JSONTextWriter(capacity: SnapshotStream.chunkSize + (1 << 16))
  private let output: ChunkedFileOutput
  private var itemsInList = 0
  /// Items written per kind, in writing order.
  private(set) var counts: [(kind: String, count: Int)] = []

  /// Bytes per chunk handed to the file.
  static let chunkSize = 4 << 20

  /// Opens the file and writes the document header and `capture` metadata.
  init(path: String, capture: (inout JSONTextWriter) -> Void) throws {
    output = try ChunkedFileOutput(path: path)
    writer.beginObject()
    writer.field("apiVersion", "kbaseline/v1")
    writer.field("kind", "ClusterSnapshot")
    writer.object("capture", capture)
    writer.key("lists")
    writer.beginArray()
  }

  /// Writes one complete list whose items `body` writes through ``item(_:)``.
  func list(
    group: String, version: String, resource: String, kind: String, namespaced: Bool,
    _ body: () throws -> Void
  ) throws {
    writer.beginObject()
    writer.field("group", group)
    writer.field("version", version)
    writer.field("resource", resource)
    writer.field("kind", kind)
    writer.field("namespaced", namespaced)
    writer.field("status", "complete")
    writer.key("items")
    writer.beginArray()
    itemsInList = 0
    try body()
    writer.endArray()
    writer.field("itemCount", itemsInList)
    writer.endObject()
    counts.append((kind, itemsInList))
  }

  /// Writes one item (an object `body` writes in full).
  func item(_ body: (inout JSONTextWriter) -> Void) throws {
    body(&writer)
    itemsInList += 1
    if writer.bytes.count >= Self.chunkSize { try flush() }
  }

  /// Closes the document and moves the file into place.
  ///
  /// - Returns: the uncompressed and on-disk sizes in bytes.
  func finish() throws -> (bytes: Int, fileBytes: Int) {
    writer.endArray()
    writer.endObject()
    writer.appendFragment([UInt8(ascii: "\n")])
    try flush()
    try output.finish()
    return (output.uncompressedBytes, output.fileBytes)
  }

  /// Removes the partial file after a failure.
  func abandon() { output.abandon() }

  private func flush() throws {
    try output.write(writer.bytes)
    writer.removeAllBytes()
  }
}

/// Collects what the documents of several inputs hold, then builds one ``Snapshot``.
struct Accumulator {
  var objects: [KubeObject] = []
  var capture: CaptureMetadata?
  var lists: [ListRecord] = []
  var warnings: [LoadWarning] = []
  /// Items per kind from inputs that do not record list status (kubectl output, manifests).
  var importedKinds: [String: (apiVersion: String, count: Int)] = [:]
  private var snapshotFiles = 0

  mutating func add(_ document: DecodedDocument, file: String) {
    objects += document.objects
    if document.isSnapshotFile {
      snapshotFiles += 1
      if capture == nil {
        capture = document.capture
      } else {
        warnings.append(
          LoadWarning(
            file: file, message: "several snapshot files merged; capture metadata of the first kept"
          ))
      }
      lists += document.lists
      return
    }
    for object in document.objects {
      importedKinds[object.kind, default: (object.apiVersion, 0)].count += 1
    }
  }

  func snapshot(sources: [String]) -> Snapshot {
    var records = lists
    let recorded = Set(lists.compactMap(\.kind))
    for (kind, entry) in importedKinds.sorted(by: { $0.key < $1.key })
    where !recorded.contains(kind) {
      let parts = entry.apiVersion.split(separator: "/", maxSplits: 1).map(String.init)
      records.append(
        ListRecord(
          group: parts.count == 2 ? parts[0] : "", version: parts.last ?? "v1",
          resource: ResourceNames.plural(of: kind), kind: kind, status: .unknown,
          itemCount: entry.count))
    }
    return Snapshot(
      objects: objects, sources: sources, capture: capture, lists: records, warnings: warnings)
  }
}

/// What one JSON or YAML document holds: objects, and for a kbaseline snapshot file its
/// capture metadata and list records.
///
/// A document is a kbaseline snapshot (`kind: ClusterSnapshot`), a kubectl list (`kind: List`,
/// `PodList`, … whose items may lack `kind`), or a single object.
struct DecodedDocument: Decodable {
  var objects: [KubeObject] = []
  var capture: CaptureMetadata?
  var lists: [ListRecord] = []
  /// Kinds of kubectl lists (for `unknown` list records).
  var isSnapshotFile = false
  /// Why the document is not Kubernetes, when it is not.
  var notKubernetes: String?
  /// Items skipped because they had no kind.
  var itemsWithoutKind = 0

  private enum Keys: String, CodingKey { case apiVersion, kind, items, capture, lists }

  init(from decoder: any Decoder) throws {
    guard let c = try? decoder.container(keyedBy: Keys.self) else {
      notKubernetes = "not a Kubernetes object (expected a mapping with apiVersion and kind)"
      return
    }
    let kind = try c.decodeIfPresent(String.self, forKey: .kind)
    let apiVersion = try c.decodeIfPresent(String.self, forKey: .apiVersion)
    guard let kind, let apiVersion, !kind.isEmpty else {
      notKubernetes = "not a Kubernetes object (no apiVersion/kind)"
      return
    }
    if kind == "ClusterSnapshot" && apiVersion.hasPrefix("kbaseline") {
      try decodeSnapshotFile(c)
    } else if kind.hasSuffix("List") && c.contains(.items) {
      let itemKind = kind == "List" ? nil : String(kind.dropLast(4))
      try decodeItems(c, key: .items, defaultKind: itemKind, defaultVersion: apiVersion)
    } else {
      objects.append(try KubeObject(kind: kind, apiVersion: apiVersion, from: decoder))
    }
  }

  private mutating func decodeSnapshotFile(_ c: KeyedDecodingContainer<Keys>) throws {
    isSnapshotFile = true
    capture = try c.decodeIfPresent(CaptureMetadata.self, forKey: .capture)
    guard c.contains(.lists) else { return }
    var entries = try c.nestedUnkeyedContainer(forKey: .lists)
    while !entries.isAtEnd {
      let entry = try entries.superDecoder()
      let record = try ListRecord(from: entry)
      lists.append(record)
      let body = try entry.container(keyedBy: Keys.self)
      let version = record.group.isEmpty ? record.version : "\(record.group)/\(record.version)"
      if body.contains(.items) {
        try decodeItems(body, key: .items, defaultKind: record.kind, defaultVersion: version)
      }
    }
  }

  private mutating func decodeItems(
    _ c: KeyedDecodingContainer<Keys>, key: Keys, defaultKind: String?, defaultVersion: String
  ) throws {
    if try c.decodeNil(forKey: key) { return }
    var items = try c.nestedUnkeyedContainer(forKey: key)
    while !items.isAtEnd {
      let item = try items.superDecoder()
      let header = try item.container(keyedBy: Keys.self)
      let kind = try header.decodeIfPresent(String.self, forKey: .kind) ?? defaultKind
      let version = try header.decodeIfPresent(String.self, forKey: .apiVersion) ?? defaultVersion
      guard let kind, !kind.isEmpty else {
        itemsWithoutKind += 1
        continue
      }
      objects.append(try KubeObject(kind: kind, apiVersion: version, from: item))
    }
  }
}

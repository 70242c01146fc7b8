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

  /// Whether list items are decoded by the fast reader's parallel element decoding.
  private let parallel: Bool

  private enum Keys: String, CodingKey { case apiVersion, kind, items, capture, lists }

  init(from decoder: any Decoder) throws {
    parallel = decoder is FastJSONDecoding
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
    let items: [KubeObject?]
    if parallel, let fast = try c.superDecoder(forKey: key) as? FastJSONDecoding {
      items = try fast.decodeElements {
        try Self.item($0, defaultKind: defaultKind, defaultVersion: defaultVersion)
      }
    } else {
      var elements = try c.nestedUnkeyedContainer(forKey: key)
      var decoded: [KubeObject?] = []
      while !elements.isAtEnd {
        decoded.append(
          try Self.item(
            elements.superDecoder(), defaultKind: defaultKind, defaultVersion: defaultVersion))
      }
      items = decoded
    }
    for item in items {
      if let item { objects.append(item) } else { itemsWithoutKind += 1 }
    }
  }

  /// One list item, taking the list's kind and version when it names none; `nil` when it has
  /// no kind at all.
  private static func item(_ item: any Decoder, defaultKind: String?, defaultVersion: String)
    throws -> KubeObject?
  {
    let header = try item.container(keyedBy: Keys.self)
    let kind = try header.decodeIfPresent(String.self, forKey: .kind) ?? defaultKind
    let version = try header.decodeIfPresent(String.self, forKey: .apiVersion) ?? defaultVersion
    guard let kind, !kind.isEmpty else { return nil }
    return try KubeObject(kind: kind, apiVersion: version, from: item)
  }
}

import Foundation

/// Writes a ``Snapshot`` as a kbaseline snapshot file (`.json`, or `.json.gz` compressed).
///
/// The document has sorted keys and items sorted by (group, resource, namespace, name), so
/// files diff cleanly and work as golden files. Objects are written in the model's form:
/// only the fields kbaseline analyses, never Secret data or ConfigMap values.
public struct SnapshotWriter: Sendable {
  /// Creates a writer.
  public init() {}

  /// The document for a snapshot.
  ///
  /// - Complexity: O(*n* log *n*) in the number of objects.
  public func encode(_ snapshot: Snapshot, pretty: Bool = false) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty
      ? [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
      : [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(SnapshotDocument(snapshot))
  }

  /// Writes the snapshot to `path` atomically, gzip-compressed when the path ends in `.gz`.
  public func write(_ snapshot: Snapshot, to path: String) throws {
    var data = try encode(snapshot)
    if path.hasSuffix(".gz") { data = try Gzip.compress(data) }
    try data.write(to: URL(fileURLWithPath: path), options: .atomic)
  }
}

/// The encodable shape of a snapshot file.
struct SnapshotDocument: Encodable {
  let apiVersion = "kbaseline/v1"
  let kind = "ClusterSnapshot"
  let capture: CaptureMetadata?
  let lists: [Entry]

  init(_ snapshot: Snapshot) {
    capture = snapshot.capture
    var groups: [String: [KubeObject]] = [:]
    for object in Self.objects(of: snapshot) { groups[object.kind, default: []].append(object) }
    var entries: [Entry] = []
    var covered: Set<String> = []
    for record in snapshot.lists {
      let kind = record.kind ?? ""
      covered.insert(kind)
      entries.append(Entry(record: record, items: groups[kind] ?? []))
    }
    for (kind, items) in groups where !covered.contains(kind) {
      let apiVersion = items[0].apiVersion
      let parts = apiVersion.split(separator: "/", maxSplits: 1).map(String.init)
      let record = ListRecord(
        group: parts.count == 2 ? parts[0] : "", version: parts.last ?? "v1",
        resource: ResourceNames.plural(of: kind), kind: kind,
        namespaced: items[0].isNamespaced, status: .unknown, itemCount: items.count)
      entries.append(Entry(record: record, items: items))
    }
    lists = entries.sorted {
      ($0.record.group, $0.record.resource) < ($1.record.group, $1.record.resource)
    }
  }

  /// Every object of the snapshot (synthesized namespaces and stand-ins excluded).
  static func objects(of s: Snapshot) -> [KubeObject] {
    var all: [KubeObject] = []
    all += s.namespaces.filter { !$0.isSynthesized }.map(KubeObject.namespace)
    all += s.pods.map(KubeObject.pod)
    all += s.controllers.map(KubeObject.controller)
    all += s.serviceAccounts.map(KubeObject.serviceAccount)
    all += s.secrets.map(KubeObject.secret)
    all += s.configMaps.map(KubeObject.configMap)
    all += s.services.map(KubeObject.service)
    all += s.nodes.map(KubeObject.node)
    all += s.ingresses.map(KubeObject.ingress)
    all += s.roles.map(KubeObject.role)
    all += s.clusterRoles.map(KubeObject.clusterRole)
    all += s.bindings.map(KubeObject.binding)
    all += s.networkPolicies.map(KubeObject.networkPolicy)
    all += s.webhookConfigurations.map(KubeObject.webhookConfiguration)
    all += s.otherObjects.map(KubeObject.other)
    return all
  }

  /// One list of the file: its record and its items.
  struct Entry: Encodable {
    let record: ListRecord
    let items: [KubeObject]

    init(record: ListRecord, items: [KubeObject]) {
      var record = record
      if record.status == .complete || record.status == .unknown { record.itemCount = items.count }
      self.record = record
      self.items = items.sorted { $0.key < $1.key }
    }

    private enum Keys: String, CodingKey { case items }

    func encode(to encoder: any Encoder) throws {
      try record.encode(to: encoder)
      var c = encoder.container(keyedBy: Keys.self)
      try c.encode(items, forKey: .items)
    }
  }
}

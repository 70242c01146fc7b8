import LiveCluster

extension CapturedCluster {
  /// The list of `resource` in `group`.
  func list(_ resource: String, group: String = "") -> CapturedList? {
    lists.first { $0.record.resource == resource && $0.record.group == group }
  }

  /// `namespace/name` of the items of a list.
  func names(_ resource: String, group: String = "") -> [String] {
    (list(resource, group: group)?.items ?? []).map {
      let namespace = $0.value(at: "metadata", "namespace")?.stringValue
      let name = $0.value(at: "metadata", "name")?.stringValue ?? ""
      return namespace.map { "\($0)/\(name)" } ?? name
    }
  }
}

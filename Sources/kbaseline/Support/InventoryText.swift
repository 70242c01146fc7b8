import KubeModel

/// The plain-text form of an ``Inventory``.
enum InventoryText {
  /// Renders the inventory as aligned text.
  static func render(_ inventory: Inventory) -> String {
    var lines: [String] = []
    lines.append("Source:    \(inventory.sources.joined(separator: ", "))")
    if let cluster = inventory.cluster { lines.append("Cluster:   \(cluster)") }
    if let context = inventory.context { lines.append("Context:   \(context)") }
    if let at = inventory.capturedAt { lines.append("Captured:  \(at)") }
    if let by = inventory.capturedBy { lines.append("By:        \(by)") }
    if let version = inventory.serverVersion { lines.append("Server:    \(version)") }
    lines.append("")
    lines.append("Objects (\(inventory.totalObjects)):")
    for (kind, count) in inventory.counts.sorted(by: { $0.key < $1.key }) {
      lines.append("  " + pad(kind, 32) + String(count))
    }
    lines.append("")
    lines += namespaceTable(inventory.namespaces)
    if !inventory.gaps.isEmpty {
      lines.append("")
      lines.append("Incomplete lists:")
      for gap in inventory.gaps {
        lines.append(
          "  \(gap.resource): \(gap.status.rawValue)\(gap.message.map { " (\($0))" } ?? "")")
      }
    }
    if !inventory.unknownKinds.isEmpty {
      lines.append("")
      lines.append("Not analysed (kinds kbaseline does not model):")
      for (kind, count) in inventory.unknownKinds.sorted(by: { $0.key < $1.key }) {
        lines.append("  " + pad(kind, 32) + String(count))
      }
    }
    if !inventory.warnings.isEmpty {
      lines.append("")
      lines.append("Warnings:")
      lines += inventory.warnings.map { "  \($0)" }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func namespaceTable(_ rows: [Inventory.NamespaceRow]) -> [String] {
    let width = max(9, rows.map(\.name.count).max() ?? 0) + 2
    var lines = ["Namespaces (\(rows.count)):"]
    lines.append(
      "  " + pad("NAMESPACE", width) + pad("WORKLOADS", 11) + pad("PODS", 7) + pad("NETPOL", 8)
        + pad("ENFORCE", 12) + "ENV")
    for row in rows {
      let name = row.synthesized ? row.name + "*" : row.name
      lines.append(
        "  " + pad(name, width) + pad(String(row.workloads), 11) + pad(String(row.pods), 7)
          + pad(String(row.networkPolicies), 8) + pad(row.podSecurityEnforce ?? "-", 12)
          + (row.environment ?? "-"))
    }
    if rows.contains(where: \.synthesized) {
      lines.append("  * referenced by objects but not in the input")
    }
    return lines
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }
}

import KubeModel
import TerminalUI

/// The Overview tab: the as-is inventory (source, cluster, counts, incomplete lists), one line per
/// domain with its headline, and the namespaces table.
///
/// Enter on a namespace lists its workloads; enter on a workload shows its pod template.
public struct OverviewPane: Pane {
  /// The tab.
  public let id = PaneID.overview
  /// The first view.
  public let root: PaneView
  /// The inventory row of each namespace.
  private let namespaceRows: [String: Inventory.NamespaceRow]
  /// Indices into ``workloads`` by namespace.
  private let workloadsByNamespace: [String: [Int]]
  private let workloads: [Workload]

  /// Builds the inventory views; `domains` are the other panes, whose headlines are listed.
  ///
  /// - Complexity: O(*n*) in the number of objects.
  public init(input: ExplorerInput, domains: [any Pane]) {
    let inventory = input.inventory
    workloads = input.snapshot.workloads
    var byNamespace: [String: [Int]] = [:]
    for (i, workload) in workloads.enumerated() {
      byNamespace[workload.namespace, default: []].append(i)
    }
    let rows = inventory.namespaces.map { Self.namespaceRow($0) }
    root = PaneView(
      id: "root", title: PaneID.overview.title,
      summary: Self.summary(inventory, domains: domains),
      body: .table(
        TableData(
          columns: [
            TableColumn("NAMESPACE", flexible: true, minWidth: 12),
            TableColumn("WORKLOADS", alignRight: true), TableColumn("PODS", alignRight: true),
            TableColumn("NETPOL", alignRight: true), TableColumn("ENFORCE"), TableColumn("ENV"),
          ], rows: rows, emptyMessage: "no namespaces in the input")))
    namespaceRows = Dictionary(
      inventory.namespaces.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    workloadsByNamespace = byNamespace
  }

  /// Opens a namespace (its workloads) or a workload (its pod template).
  ///
  /// - Complexity: O(*w*) in the workloads of the namespace (indexed when the pane was built).
  public func drill(into row: String, of view: PaneView) -> PaneView? {
    if row.hasPrefix("ns/"), let namespace = namespaceRows[String(row.dropFirst(3))] {
      let indices = workloadsByNamespace[namespace.name] ?? []
      return Self.namespaceView(namespace, workloads: indices.map { (workloads[$0], $0) })
    }
    if row.hasPrefix("wl/"), let i = Int(row.dropFirst(3)), workloads.indices.contains(i) {
      let workload = workloads[i]
      return PaneView(
        id: "workload/\(i)", title: "\(workload.kind)/\(workload.name)",
        body: .text(Self.workloadDetail(workload)))
    }
    return nil
  }

  /// The namespace's facts, or the workload's template, beside the list.
  ///
  /// - Complexity: O(*w*) in the workloads of the namespace.
  public func preview(of row: String, in view: PaneView) -> [StyledLine]? {
    if row.hasPrefix("ns/"), let namespace = namespaceRows[String(row.dropFirst(3))] {
      let indices = workloadsByNamespace[namespace.name] ?? []
      return Self.namespacePreview(namespace, workloads: indices.map { workloads[$0] })
    }
    if row.hasPrefix("wl/"), let i = Int(row.dropFirst(3)), workloads.indices.contains(i) {
      return Self.workloadDetail(workloads[i])
    }
    return nil
  }

  // MARK: - View models

  /// The summary, most important first (the frame keeps as many lines as fit, half the pane):
  /// the cluster, every list that was not fully captured, each domain's headline, the analyses
  /// those gaps weaken, where the data comes from, then the object counts.
  private static func summary(_ inventory: Inventory, domains: [any Pane]) -> [StyledLine] {
    let labelWidth = 11
    var lines: [StyledLine] = []
    func fact(_ label: String, _ value: String, _ role: StyleRole = .body) {
      let labelRole: StyleRole = role == .body ? .title : role
      lines.append(
        StyledLine(
          [Span(label.padded(toWidth: labelWidth), labelRole), Span(value, role)],
          hangingIndent: labelWidth))
    }
    var cluster: [String] = []
    if let name = inventory.cluster { cluster.append(name) }
    if let context = inventory.context { cluster.append("context \(context)") }
    if let version = inventory.serverVersion { cluster.append("server \(version)") }
    if !cluster.isEmpty { fact("Cluster", cluster.joined(separator: ", ")) }
    for gap in inventory.gaps {
      fact("Gap", "\(gap.resource) \(gap.status.rawValue)", .warning)
    }
    for pane in domains {
      guard let headline = pane.headline else { continue }
      lines.append(
        StyledLine(
          [Span(pane.id.title.padded(toWidth: labelWidth), .title)] + headline.spans,
          hangingIndent: labelWidth))
    }
    let pending = domains.filter { $0.headline == nil }.map(\.id.title)
    if !pending.isEmpty {
      lines.append(
        StyledLine(
          [
            Span("Pending".padded(toWidth: labelWidth), .title),
            Span(pending.joined(separator: ", ") + ": not analysed yet", .dim),
          ], hangingIndent: labelWidth))
    }
    for impact in GapImpact.impacts(of: inventory.gaps) {
      fact("Weakened", impact.sentence, .warning)
    }
    if !inventory.warnings.isEmpty {
      fact(
        "Warning", "\(inventory.warnings.count) load warning(s); see kbaseline summary", .warning)
    }
    fact("Source", inventory.sources.joined(separator: ", "))
    if let at = inventory.capturedAt {
      fact("Captured", at + (inventory.capturedBy.map { " by \($0)" } ?? ""))
    }
    fact("Objects", objectCounts(inventory))
    if !inventory.unknownKinds.isEmpty {
      let objects = inventory.unknownKinds.values.reduce(0, +)
      fact(
        "Skipped",
        "\(objects) objects of \(inventory.unknownKinds.count) kinds kbaseline does not analyse")
    }
    return lines
  }

  /// `507: 67 Pod, 66 ServiceAccount, 42 ClusterRole, +18 kinds`.
  private static func objectCounts(_ inventory: Inventory) -> String {
    let sorted = inventory.counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
    guard !sorted.isEmpty else { return "none" }
    let shown = sorted.prefix(3).map { "\($0.value) \($0.key)" }.joined(separator: ", ")
    let more = sorted.count > 3 ? ", +\(sorted.count - 3) kinds" : ""
    return "\(inventory.totalObjects): \(shown)\(more)"
  }

  private static func namespaceRow(_ row: Inventory.NamespaceRow) -> TableRow {
    TableRow(
      id: "ns/\(row.name)",
      cells: [
        TableCell(row.synthesized ? row.name + " (not in input)" : row.name),
        TableCell(row.workloads), TableCell(row.pods),
        TableCell(
          row.networkPolicies, role: row.networkPolicies == 0 && row.pods > 0 ? .warning : nil),
        TableCell(row.podSecurityEnforce ?? "-"), TableCell(row.environment ?? "-"),
      ], role: row.synthesized ? .dim : .body, namespace: row.name)
  }

  private static func namespaceView(_ row: Inventory.NamespaceRow, workloads: [(Workload, Int)])
    -> PaneView
  {
    let rows = workloads.map { workload, index in
      TableRow(
        id: "wl/\(index)",
        cells: [
          TableCell(workload.kind), TableCell(workload.name),
          TableCell(workload.podIndices.count),
          TableCell(workload.template.spec.effectiveServiceAccountName),
          TableCell(workload.template.spec.containers.compactMap(\.image).joined(separator: ", ")),
        ], namespace: row.name)
    }
    let summary: [StyledLine] = [
      StyledLine([
        Span("Namespace ", .title), Span(row.name),
        Span(
          "  \(row.workloads) workloads, \(row.pods) pods, \(row.networkPolicies) NetworkPolicies, "
            + "enforce \(row.podSecurityEnforce ?? "-")", .dim),
      ])
    ]
    return PaneView(
      id: "namespace/\(row.name)", title: row.name, summary: summary,
      body: .table(
        TableData(
          columns: [
            TableColumn("KIND"), TableColumn("NAME", flexible: true, minWidth: 10),
            TableColumn("PODS", alignRight: true), TableColumn("SERVICE ACCOUNT"),
            TableColumn("IMAGES", flexible: true, minWidth: 8),
          ], rows: rows, emptyMessage: "no workloads in this namespace")))
  }

  private static func namespacePreview(_ row: Inventory.NamespaceRow, workloads: [Workload])
    -> [StyledLine]
  {
    var lines: [StyledLine] = [StyledLine(row.name, .title), ""]
    lines.append("Workloads        \(row.workloads)")
    lines.append("Pods             \(row.pods)")
    lines.append(
      StyledLine(
        "NetworkPolicies  \(row.networkPolicies)", row.networkPolicies == 0 ? .warning : .body))
    lines.append("PSS enforce      \(row.podSecurityEnforce ?? "-")")
    lines.append("Environment      \(row.environment ?? "-")")
    if row.synthesized {
      lines.append(StyledLine("referenced by objects but not in the input", .warning))
    }
    if !workloads.isEmpty {
      lines.append("")
      lines.append(StyledLine("Workloads", .title))
      for workload in workloads.prefix(40) {
        let pods = workload.podIndices.count
        lines.append("  \(workload.kind)/\(workload.name) (\(pods) pod\(pods == 1 ? "" : "s"))")
      }
      if workloads.count > 40 { lines.append(StyledLine("  +\(workloads.count - 40) more", .dim)) }
    }
    var kinds: [String: Int] = [:]
    for workload in workloads { kinds[workload.kind, default: 0] += 1 }
    if kinds.count > 1 {
      lines.append("")
      lines.append(StyledLine("By kind", .title))
      for (kind, count) in kinds.sorted(by: { $0.key < $1.key }) {
        lines.append("  \(kind.padded(toWidth: 22)) \(count)")
      }
    }
    return lines
  }

  private static func workloadDetail(_ workload: Workload) -> [StyledLine] {
    let spec = workload.template.spec
    var lines: [StyledLine] = [
      StyledLine("\(workload.kind)/\(workload.name)", .title), "",
      "Namespace        \(workload.namespace)",
      "Pods             \(workload.podIndices.count)",
      "Service account  \(spec.effectiveServiceAccountName)",
    ]
    if !workload.isControllerPresent {
      lines.append(StyledLine("its controller is not in the input", .warning))
    }
    lines.append("")
    lines.append(StyledLine("Containers", .title))
    for (kind, container) in spec.allContainers {
      let tag = kind == .container ? "" : kind == .initContainer ? " (init)" : " (ephemeral)"
      lines.append("  \(container.name)\(tag): \(container.image ?? "no image")")
    }
    return lines
  }
}

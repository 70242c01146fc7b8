import Baseline
import KubeModel
import RBAC
import TerminalUI

/// How the Admins pane shows effective admins: table rows, the side preview and the detail
/// with every path as a chain of steps.
enum AdminPresentation {
  /// The table columns.
  static let columns = [
    TableColumn("GROUP"), TableColumn("KIND"), TableColumn("NAME", flexible: true, minWidth: 12),
    TableColumn("HOW"), TableColumn("PATHS", alignRight: true), TableColumn("FINDING"),
  ]

  /// The short group label of the GROUP column.
  static func group(_ category: AdminCategory) -> String {
    switch category {
    case .peopleAndGroups: "people"
    case .serviceAccounts: "SAs"
    case .systemAndControllers: "system"
    }
  }

  /// `ns/name` for a ServiceAccount, the name otherwise.
  static func name(_ identity: Identity) -> String {
    identity.kind == .serviceAccount ? "\(identity.namespace)/\(identity.name)" : identity.name
  }

  /// The row of a cluster-admin; `finding` is its admin finding (none for system identities).
  static func row(_ admin: AdminEntry, finding: BaselineFinding?) -> TableRow {
    TableRow(
      id: "admin/\(admin.identity.argument)",
      cells: [
        TableCell(group(admin.category)), TableCell(admin.identity.kind.rawValue),
        TableCell(name(admin.identity)),
        TableCell(
          admin.how.rawValue, role: admin.how == .direct ? .severityHigh : .severityCritical),
        TableCell(admin.pathCount), status(finding),
      ], namespace: admin.identity.namespace.isEmpty ? nil : admin.identity.namespace)
  }

  /// The row of a namespace-only admin: labelled `ns-admin`, its namespaces as HOW.
  static func row(_ admin: NamespaceAdminEntry) -> TableRow {
    let count = admin.namespaces.count
    return TableRow(
      id: "nsadmin/\(admin.identity.argument)",
      cells: [
        TableCell("ns-admin", role: .dim), TableCell(admin.identity.kind.rawValue),
        TableCell(name(admin.identity)),
        TableCell(count == 1 ? admin.namespaces[0] : "\(count) namespaces"),
        TableCell(admin.paths.count), TableCell("-", role: .dim),
      ], namespace: admin.identity.namespace.isEmpty ? nil : admin.identity.namespace)
  }

  private static func status(_ finding: BaselineFinding?) -> TableCell {
    guard let finding else { return TableCell("-", role: .dim) }
    return TableCell(
      FindingPresentation.badge(of: finding), role: FindingPresentation.rowRole(of: finding))
  }

  /// The side preview of a cluster-admin: how, the first path, what runs as it.
  static func preview(_ admin: AdminEntry) -> [StyledLine] {
    var lines: [StyledLine] = [
      StyledLine(admin.identity.description, .title), "",
      field("How", "\(admin.how.rawValue) (\(admin.category.title))"),
      field("Paths", "\(admin.pathCount) distinct first step\(admin.pathCount == 1 ? "" : "s")"),
    ]
    if let path = admin.paths.first {
      lines += ["", StyledLine("Shortest path", .title)]
      lines += path.steps.enumerated().map { i, step in
        StyledLine([Span("\(i + 1). \(step.text)")], hangingIndent: 3)
      }
    }
    lines += workloads(admin.workloads)
    return lines
  }

  /// The side preview of a namespace-only admin.
  static func preview(_ admin: NamespaceAdminEntry) -> [StyledLine] {
    [
      StyledLine(admin.identity.description, .title), "",
      field("Power", "full control of namespaces, not of the cluster"),
      field("In", admin.namespaces.joined(separator: ", ")),
    ]
  }

  /// The detail of a cluster-admin: every path as a chain of steps with binding, role and rule.
  static func detail(_ admin: AdminEntry, finding: BaselineFinding?) -> PaneView {
    var lines: [StyledLine] = [
      field("Subject", admin.identity.description),
      field("How", "cluster-admin, \(admin.how.rawValue) (\(admin.category.title))"),
      field(
        "Paths",
        "\(admin.pathCount) distinct first step\(admin.pathCount == 1 ? "" : "s"); "
          + "\(admin.paths.count) shown"),
    ]
    if let finding {
      lines.append(
        StyledLine(
          [
            Span("Finding   ", .dim),
            Span(
              "\(finding.finding.rule) \(FindingPresentation.badge(of: finding))",
              FindingPresentation.rowRole(of: finding)),
          ], hangingIndent: 10))
    }
    lines.append(StyledLine("enter opens this subject in the RBAC tab", .dim))
    for (i, path) in admin.paths.enumerated() {
      lines += pathLines(path, title: "Path \(i + 1) of \(admin.paths.count)")
    }
    lines += workloads(admin.workloads)
    return PaneView(
      id: "admin/\(admin.identity.argument)", title: admin.identity.description, body: .text(lines))
  }

  /// The detail of a namespace-only admin: one path per namespace.
  static func detail(_ admin: NamespaceAdminEntry) -> PaneView {
    var lines: [StyledLine] = [
      field("Subject", admin.identity.description),
      field(
        "Power", "full control of \(admin.namespaces.joined(separator: ", ")); not cluster-admin"),
      StyledLine("enter opens this subject in the RBAC tab", .dim),
    ]
    for (namespace, path) in zip(admin.namespaces, admin.paths) {
      lines += pathLines(path, title: "Namespace \(namespace)")
    }
    return PaneView(
      id: "nsadmin/\(admin.identity.argument)", title: admin.identity.description,
      body: .text(lines))
  }

  /// A path: its catalogue entries, then each step with its binding, role, rule and group.
  static func pathLines(_ path: AdminPath, title: String) -> [StyledLine] {
    let catalogue = path.steps.compactMap(\.catalogue)
    var lines: [StyledLine] = [
      "",
      StyledLine([
        Span(title, .title),
        Span(catalogue.isEmpty ? "" : "  " + catalogue.joined(separator: " -> "), .dim),
      ]),
    ]
    for (i, step) in path.steps.enumerated() {
      let number = "\(i + 1).".padded(toWidth: 4)
      var spans = [Span(number, .title), Span(step.text)]
      if let id = step.catalogue { spans.append(Span("  [\(id)]", .severityHigh)) }
      lines.append(StyledLine(spans, hangingIndent: 4))
      if let binding = step.binding { lines.append(stepField("binding", binding.description)) }
      if let role = step.role { lines.append(stepField("role", role.description)) }
      if let rule = step.rule { lines.append(stepField("rule", RuleText.summary(rule))) }
      if let via = step.via { lines.append(stepField("via", via.description)) }
    }
    return lines
  }

  private static func workloads(_ keys: [ObjectKey]) -> [StyledLine] {
    guard !keys.isEmpty else { return [] }
    return ["", StyledLine("Runs as this ServiceAccount", .title)]
      + keys.prefix(20).map { StyledLine("  \($0.description)") }
      + (keys.count > 20 ? [StyledLine("  +\(keys.count - 20) more", .dim)] : [])
  }

  private static func stepField(_ label: String, _ value: String) -> StyledLine {
    StyledLine([Span("    " + label.padded(toWidth: 9), .dim), Span(value)], hangingIndent: 13)
  }

  private static func field(_ label: String, _ value: String) -> StyledLine {
    StyledLine([Span(label.padded(toWidth: 10), .dim), Span(value)], hangingIndent: 10)
  }
}

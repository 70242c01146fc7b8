import RBAC
import TerminalUI

/// How the RBAC pane shows a who-can answer: one row per subject and granting chain
/// (binding → role → rule).
enum WhoCanPresentation {
  /// The columns.
  static let columns = [
    TableColumn("KIND"), TableColumn("SUBJECT", flexible: true, minWidth: 10),
    TableColumn("BINDING", flexible: true, minWidth: 8),
    TableColumn("ROLE", flexible: true, minWidth: 8), TableColumn("RULE", flexible: true),
  ]

  /// The view id of a request: `who|verb|group|resource|name|namespace|path`.
  static func viewID(_ request: AccessRequest) -> String {
    [
      "who", request.verb, request.apiGroup, request.combinedResource, request.name,
      request.namespace, request.path ?? "",
    ].joined(separator: "|")
  }

  /// The request behind a view id of ``viewID(_:)``.
  static func request(fromViewID id: String) -> AccessRequest? {
    let parts = id.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 7, parts[0] == "who" else { return nil }
    if !parts[6].isEmpty { return AccessRequest(verb: parts[1], path: parts[6]) }
    return AccessRequest(
      verb: parts[1], apiGroup: parts[2], combinedResource: parts[3], name: parts[4],
      namespace: parts[5])
  }

  /// The row id of a subject's chain: `who/<n>/<argument>`.
  static func rowID(_ n: Int, _ identity: Identity) -> String { "who/\(n)/\(identity.argument)" }

  /// The identity of a row id of ``rowID(_:_:)``.
  static func identity(fromRowID id: String) -> Identity? {
    guard id.hasPrefix("who/") else { return nil }
    let rest = id.dropFirst(4)
    guard let slash = rest.firstIndex(of: "/") else { return nil }
    return Identity(argument: String(rest[rest.index(after: slash)...]))
  }

  /// The view of an answer.
  ///
  /// - Complexity: O(*g*) in the grants of the answer.
  static func view(_ result: WhoCanResult) -> PaneView {
    var rows: [TableRow] = []
    for subject in result.subjects {
      let kind = TableCell(subject.identity.kind.rawValue)
      let name = TableCell(AdminPresentation.name(subject.identity))
      let namespace = subject.identity.namespace.isEmpty ? nil : subject.identity.namespace
      if subject.via.isEmpty {
        rows.append(
          TableRow(
            id: rowID(rows.count, subject.identity),
            cells: [kind, name, TableCell("allowed before RBAC", role: .dim), "", ""],
            namespace: namespace))
      }
      for grant in subject.via {
        let via = grant.subject.flatMap { $0 == subject.identity ? nil : " (via \($0))" } ?? ""
        rows.append(
          TableRow(
            id: rowID(rows.count, subject.identity),
            cells: [
              kind, name,
              TableCell(AccessGraphDrawing.shortLabel(grant.binding.description) + via),
              TableCell(AccessGraphDrawing.shortLabel(grant.role.description)),
              TableCell(RuleText.summary(grant.rule)),
            ], namespace: namespace))
      }
    }
    let count = result.subjects.count
    var summary: [StyledLine] = [
      StyledLine([
        Span("Who can ", .title), Span(result.request.description, .title),
        Span(
          "  \(count) subject\(count == 1 ? "" : "s"); enter or t: its rights, v: graph", .dim),
      ])
    ]
    if let note = result.note { summary.append(StyledLine(note, .warning)) }
    if !result.unresolved.isEmpty {
      summary.append(
        StyledLine(
          "\(result.unresolved.count) binding(s) to missing roles visited: they would grant "
            + "once the role exists", .warning))
    }
    return PaneView(
      id: viewID(result.request), title: "who can \(result.request.description)",
      summary: summary,
      body: .table(TableData(columns: columns, rows: rows, emptyMessage: "nobody")))
  }
}

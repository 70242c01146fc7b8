import Baseline
import KubeModel
import TerminalUI

/// The Workloads pane's findings by rule: a table of the rules with findings here (`:rule`)
/// and, per rule, the table of its findings (`:rule workload.privileged`, or enter on a rule).
enum RuleFindingsViews {
  /// The rules table's id.
  static let id = "rules"

  /// `rule/workload.privileged`.
  static func rowID(_ rule: String) -> String { "rule/\(rule)" }

  /// The rules table, each rule's findings view keyed by ``rowID(_:)``, and the rule ids in
  /// report order.
  ///
  /// - Complexity: O(*f*) in the pane's findings.
  static func make(_ index: WorkloadsFindingIndex, catalogue: RuleCatalogue)
    -> (table: PaneView, members: [String: [Int]], ids: [String])
  {
    var order: [String] = []
    var positions: [String: [Int]] = [:]
    for i in index.scope {
      let rule = index.all[i].finding.rule
      if positions[rule] == nil { order.append(rule) }
      positions[rule, default: []].append(i)
    }
    var rows: [TableRow] = []
    for ruleID in order {
      let members = positions[ruleID] ?? []
      let open = members.count { index.all[$0].status.counts }
      let severity = members.map { index.all[$0].finding.severity }.max()!
      rows.append(
        TableRow(
          id: rowID(ruleID),
          cells: [
            TableCell(ruleID),
            TableCell(severity.rawValue, role: FindingPresentation.role(of: severity)),
            TableCell(open, role: open > 0 ? nil : .dim),
            TableCell(members.count - open, role: .dim),
            TableCell(catalogue.rule(id: ruleID)?.title ?? ""),
          ], role: open > 0 ? .body : .dim))
    }
    let table = PaneView(
      id: id, title: id,
      summary: [
        StyledLine(
          "\(order.count) rules with findings here, by their highest finding severity. "
            + "enter or :rule ID lists a rule's findings.", .dim)
      ],
      body: .table(
        TableData(
          columns: [
            TableColumn("RULE", minWidth: 12), TableColumn("SEVERITY"),
            TableColumn("OPEN", alignRight: true), TableColumn("EXCEPTED", alignRight: true),
            TableColumn("TITLE", flexible: true),
          ], rows: rows, emptyMessage: "no findings")))
    return (table, positions.mapValues { $0 }, order)
  }

  /// The view of one rule's findings (`members`: their positions in the index), built when
  /// opened.
  ///
  /// - Complexity: O(*k*) for the rule's *k* findings.
  static func view(
    _ ruleID: String, members: [Int], index: WorkloadsFindingIndex, catalogue: RuleCatalogue
  ) -> PaneView {
    let open = members.count { index.all[$0].status.counts }
    let severity = members.map { index.all[$0].finding.severity }.max() ?? .info
    return PaneView(
      id: rowID(ruleID), title: ruleID,
      summary: lines(
        catalogue.rule(id: ruleID), severity: severity, total: members.count, open: open),
      body: WorkloadsFindingIndex.table(members.map(index.row), empty: "no findings"))
  }

  /// The rule's title, severity and PSS control, what it flags, and the counts.
  static func lines(_ rule: Rule?, severity: Severity, total: Int, open: Int) -> [StyledLine] {
    var out: [StyledLine] = []
    if let rule { out.append(StyledLine(rule.title, .title)) }
    var facts = [
      Span(severity.rawValue, FindingPresentation.role(of: severity)),
      Span(", \(total) finding\(total == 1 ? "" : "s"): \(open) open, \(total - open) excepted"),
    ]
    if let pss = rule?.pss {
      facts.append(Span("; PSS \(pss.level.rawValue): \(pss.control)", .dim))
    }
    out.append(StyledLine(facts))
    if let rule { out.append(StyledLine(rule.summary, .dim)) }
    return out
  }

  /// The rule a `:rule` argument names: its exact id, its id without the domain
  /// (`privileged`), or the only id containing it.
  static func resolve(_ argument: String, among ids: [String]) -> Result<String, PaneCommandError> {
    let word = argument.lowercased()
    if ids.contains(word) { return .success(word) }
    let bare = ids.filter { $0.split(separator: ".", maxSplits: 1).last.map(String.init) == word }
    if bare.count == 1 { return .success(bare[0]) }
    let partial = ids.filter { $0.contains(word) }
    if partial.count == 1 { return .success(partial[0]) }
    if partial.isEmpty {
      return .failure(
        PaneCommandError("no rule \"\(argument)\" with findings here; :rule lists them"))
    }
    return .failure(
      PaneCommandError(
        "\"\(argument)\" matches \(partial.count) rules (\(partial[0]), \(partial[1])…); "
          + ":rule lists them"))
  }
}

import Baseline
import Hardening
import KubeModel
import TerminalUI

/// The Workloads pane's namespaces view (`:namespaces`): each namespace's Pod Security
/// `enforce` label against the strictest level all its workloads meet, with mismatches first
/// and highlighted: workloads the label would reject, a missing or invalid label, a label
/// weaker than the workloads already meet.
enum NamespacePostureView {
  /// The view's id and the command's name.
  static let id = "namespaces"

  /// The columns.
  static let columns = [
    TableColumn("NAMESPACE", flexible: true, minWidth: 10), TableColumn("ENFORCE"),
    TableColumn("MEETS"), TableColumn("WORKLOADS", alignRight: true),
    TableColumn("BELOW", alignRight: true), TableColumn("ASSESSMENT", flexible: true, minWidth: 12),
  ]

  /// `ns/billing-prod`.
  static func rowID(_ namespace: String) -> String { "ns/\(namespace)" }

  /// How a namespace's label compares with its workloads, worst first.
  enum Verdict: Int, Comparable {
    /// Workloads do not meet the enforced level: their next pods are rejected.
    case rejects
    /// No valid enforce label: the cluster default (usually privileged) applies.
    case unlabelled
    /// The label is weaker than every workload already meets.
    case weaker
    /// The label matches what the workloads meet.
    case matches
    /// No workloads, or the namespace is not in the input.
    case nothingToCompare

    static func < (a: Verdict, b: Verdict) -> Bool { a.rawValue < b.rawValue }

    /// The verdict of an assessment.
    init(_ ns: NamespaceAssessment) {
      if ns.isSynthesized {
        self = .nothingToCompare
      } else if !ns.workloadsBelowEnforced.isEmpty {
        self = .rejects
      } else if ns.enforced == nil {
        self = .unlabelled
      } else if ns.enforcesLessThanMet {
        self = .weaker
      } else {
        self = ns.workloadCount == 0 ? .nothingToCompare : .matches
      }
    }
  }

  /// The table of namespaces, mismatches first; `findings` holds each namespace's own findings
  /// (missing or weak label), whose exception status the row shows.
  ///
  /// - Complexity: O(*n* log *n*) in the namespaces.
  static func make(
    _ namespaces: [NamespaceAssessment], findings: [String: [BaselineFinding]]
  ) -> PaneView {
    let ordered = namespaces.sorted { (Verdict($0), $0.namespace) < (Verdict($1), $1.namespace) }
    let rows = ordered.map { row($0, findings: findings[$0.namespace] ?? []) }
    let verdicts = namespaces.map(Verdict.init)
    let rejecting = verdicts.count(of: .rejects)
    let unlabelled = verdicts.count(of: .unlabelled)
    let weaker = verdicts.count(of: .weaker)
    let summary = [
      StyledLine(
        [
          Span(
            "\(rejecting) reject\(rejecting == 1 ? "s" : "") workloads, ",
            rejecting > 0 ? .severityHigh : .body),
          Span("\(unlabelled) unlabelled, ", unlabelled > 0 ? .warning : .body),
          Span("\(weaker) could enforce more"),
        ]),
      StyledLine(
        "ENFORCE: pod-security.kubernetes.io/enforce. MEETS: the strictest level all its "
          + "workloads meet. BELOW: workloads the label rejects.", .dim),
    ]
    return PaneView(
      id: id, title: id, summary: summary,
      body: .table(TableData(columns: columns, rows: rows, emptyMessage: "no namespaces")))
  }

  /// A namespace's row.
  static func row(_ ns: NamespaceAssessment, findings: [BaselineFinding]) -> TableRow {
    let verdict = Verdict(ns)
    var assessment = self.assessment(ns)
    var role = verdict == .nothingToCompare ? StyleRole.dim : .body
    if let finding = findings.first, finding.status != .open {
      assessment += " (\(FindingPresentation.badge(of: finding)))"
      role = FindingPresentation.rowRole(of: finding)
    }
    let below = ns.workloadsBelowEnforced.count
    return TableRow(
      id: rowID(ns.namespace),
      cells: [
        TableCell(ns.namespace),
        TableCell(
          ns.enforceLabelValue ?? "-",
          role: ns.enforced == nil && !ns.isSynthesized ? .warning : nil),
        TableCell(
          ns.strictestLevelMet?.rawValue ?? "-",
          role: ns.strictestLevelMet.map(WorkloadsTable.role(of:))),
        TableCell(ns.workloadCount), TableCell(below, role: below > 0 ? .severityHigh : .dim),
        TableCell(assessment, role: self.role(verdict)),
      ], role: role, namespace: ns.namespace)
  }

  /// The role of a verdict's text.
  static func role(_ verdict: Verdict) -> StyleRole {
    switch verdict {
    case .rejects: .severityHigh
    case .unlabelled: .warning
    case .weaker: .severityLow
    case .matches: .verdictAllow
    case .nothingToCompare: .dim
    }
  }

  /// The table's short verdict (MEETS says what the namespace could enforce):
  /// `rejects 1 workload`, `unlabelled`, `could be stricter`.
  static func assessment(_ ns: NamespaceAssessment) -> String {
    switch Verdict(ns) {
    case .rejects:
      let n = ns.workloadsBelowEnforced.count
      return "rejects \(n) workload\(n == 1 ? "" : "s")"
    case .unlabelled: return ns.enforceLabelValue == nil ? "unlabelled" : "invalid label"
    case .weaker: return "could be stricter"
    case .matches: return "matches"
    case .nothingToCompare: return ns.isSynthesized ? "not in input" : "no workloads"
    }
  }

  /// The detail's verdict: `1 workload does not meet baseline: its next pods are rejected`.
  static func explanation(_ ns: NamespaceAssessment) -> String {
    let met = ns.strictestLevelMet?.rawValue
    switch Verdict(ns) {
    case .rejects:
      let n = ns.workloadsBelowEnforced.count
      return "\(n) workload\(n == 1 ? " does" : "s do") not meet \(ns.enforced!.rawValue): "
        + "\(n == 1 ? "its" : "their") next pods will be rejected"
    case .unlabelled:
      let label = ns.enforceLabelValue.map { "the enforce label \"\($0)\" is not a level" }
      return (label ?? "no enforce label")
        + ": the cluster default applies (usually privileged)"
        + (met.map { "; its workloads would pass \($0)" } ?? "")
    case .weaker: return "could enforce \(met!): every workload already meets it"
    case .matches: return "the label matches the strictest level its workloads meet"
    case .nothingToCompare:
      return ns.isSynthesized ? "not in the input: its labels are unknown" : "no workloads"
    }
  }

  /// What enter opens on a namespace: the label against its workloads, then a table of the
  /// namespace's own findings and its workloads (worst first), in the Workloads table's
  /// columns.
  ///
  /// - Complexity: O(*n*) in the rows.
  static func detail(
    _ ns: NamespaceAssessment, findingRows: [TableRow], workloadRows: [TableRow],
    levels: [ObjectKey: PSSLevel]
  ) -> PaneView {
    PaneView(
      id: "namespace/\(ns.namespace)", title: ns.namespace,
      summary: lines(ns, levels: levels),
      body: .table(
        TableData(
          columns: WorkloadsTable.columns, rows: findingRows + workloadRows,
          emptyMessage: "no workloads in this namespace")))
  }

  /// Enforce, meets, verdict and the workloads the label rejects.
  static func lines(_ ns: NamespaceAssessment, levels: [ObjectKey: PSSLevel]) -> [StyledLine] {
    let enforce: [Span] =
      ns.isSynthesized
      ? [Span("unknown (the namespace is not in the input)", .dim)]
      : ns.enforceLabelValue.map { value in
        [
          Span(value, ns.enforced == nil ? .warning : .body),
          Span(" (\(NamespaceAssessment.enforceLabel))", .dim),
        ]
      } ?? [Span("no \(NamespaceAssessment.enforceLabel) label", .warning)]
    let meets: [Span] =
      ns.strictestLevelMet.map { level in
        [
          Span(level.rawValue, WorkloadsTable.role(of: level)),
          Span(" (the strictest level all \(ns.workloadCount) workloads meet)", .dim),
        ]
      } ?? [Span("- (no workloads)", .dim)]
    var out = [
      WorkloadsLine.field("Enforce", enforce), WorkloadsLine.field("Meets", meets),
      WorkloadsLine.field("Verdict", explanation(ns), role(Verdict(ns))),
    ]
    if !ns.workloadsBelowEnforced.isEmpty {
      let names = ns.workloadsBelowEnforced.map { key in
        "\(key.kind)/\(key.name) (\(levels[key]?.rawValue ?? "?"))"
      }
      out.append(WorkloadsLine.field("Rejected", names.joined(separator: ", "), .severityHigh))
    }
    return out
  }

  /// A namespace's own finding in the Workloads table's columns: `Namespace`, no level, a
  /// count of one in its severity's column.
  static func findingRow(_ finding: BaselineFinding, id: String) -> TableRow {
    let f = finding.finding
    let open = finding.status.counts
    return TableRow(
      id: id,
      cells: [
        TableCell(f.target.name), TableCell(f.target.kind), TableCell(f.rule), TableCell("-"),
      ]
        + WorkloadsTable.countedSeverities.map {
          WorkloadsTable.count(open && $0 == f.severity ? 1 : 0, $0)
        }, role: FindingPresentation.rowRole(of: finding), namespace: f.target.name)
  }
}

extension Array where Element: Equatable {
  /// How many elements equal `value`.
  fileprivate func count(of value: Element) -> Int { count { $0 == value } }
}

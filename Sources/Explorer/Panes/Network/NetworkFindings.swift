import Baseline

/// The network findings of the baseline report (with their exception statuses), indexed by
/// row id and by namespace.
struct NetworkFindings: Sendable {
  /// The findings in report order.
  let all: [BaselineFinding]
  /// Row id (`finding/<index>`) to finding.
  let byID: [String: BaselineFinding]

  /// Keeps the report's network findings.
  ///
  /// - Complexity: O(*f*) in the report's findings.
  init(report: BaselineReport) {
    all = report.findings.filter { $0.finding.domain == .network }
    byID = Dictionary(uniqueKeysWithValues: all.enumerated().map { ("finding/\($0)", $1) })
  }

  /// The row id of the finding at `index` of ``all``.
  static func id(_ index: Int) -> String { "finding/\(index)" }

  /// The namespace a finding is about: its target's namespace, or the name of a Namespace
  /// target.
  static func namespace(of finding: BaselineFinding) -> String {
    let target = finding.finding.target
    return target.kind == "Namespace" ? target.name : target.namespace
  }

  /// The indices of the findings about some namespaces.
  func indices(in namespaces: Set<String>) -> [Int] {
    all.indices.filter { namespaces.contains(Self.namespace(of: all[$0])) }
  }
}

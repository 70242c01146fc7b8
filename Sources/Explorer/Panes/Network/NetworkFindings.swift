import Baseline

/// The network findings of the baseline report (with their exception statuses), indexed by
/// row id and by namespace.
struct NetworkFindings: Sendable {
  /// The findings in report order.
  let all: [BaselineFinding]
  /// Row id (`finding/<index>`) to finding.
  let byID: [String: BaselineFinding]
  /// Namespace to the indices of its findings, in report order.
  private let byNamespace: [String: [Int]]

  /// Keeps the report's network findings.
  ///
  /// - Complexity: O(*f*) in the report's findings.
  init(report: BaselineReport) {
    all = report.findings.filter { $0.finding.domain == .network }
    byID = Dictionary(uniqueKeysWithValues: all.enumerated().map { ("finding/\($0)", $1) })
    var index: [String: [Int]] = [:]
    for (i, finding) in all.enumerated() {
      index[Self.namespace(of: finding), default: []].append(i)
    }
    byNamespace = index
  }

  /// The row id of the finding at `index` of ``all``.
  static func id(_ index: Int) -> String { "finding/\(index)" }

  /// The namespace a finding is about: its target's namespace, or the name of a Namespace
  /// target.
  static func namespace(of finding: BaselineFinding) -> String {
    let target = finding.finding.target
    return target.kind == "Namespace" ? target.name : target.namespace
  }

  /// The indices of the findings about some namespaces, in report order.
  ///
  /// - Complexity: O(*k* log *k*) for the *k* findings of those namespaces.
  func indices(in namespaces: Set<String>) -> [Int] {
    namespaces.flatMap { byNamespace[$0] ?? [] }.sorted()
  }
}

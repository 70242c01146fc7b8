import Baseline
import Foundation
import KubeModel

/// The Baseline tests' fixture cluster.
enum BaselineFixtures {
  /// The snapshot of `Fixtures/cluster.yaml`.
  static func cluster() throws -> Snapshot {
    let url = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!
      .appendingPathComponent("cluster.yaml")
    return try SnapshotLoader().load(paths: [url.path])
  }

  /// The report of the fixture cluster.
  static func report(
    context: BaselineContext? = nil, statuses: any FindingStatusResolver = AllOpen(),
    engines: [BaselineEngine] = BaselineEngines.all
  ) throws -> BaselineReport {
    BaselineReport(snapshot: try cluster(), engines: engines, context: context, statuses: statuses)
  }

  /// JSON text of an encodable value, as a dictionary.
  static func json(_ value: some Encodable) throws -> [String: Any] {
    let data = try JSONEncoder().encode(value)
    return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
  }
}

/// A resolver that excepts every finding of one rule (stands in for the exceptions file).
struct ExceptRule: FindingStatusResolver {
  var rule: String
  var id: String

  func resolve(_ findings: [Finding], catalogue: RuleCatalogue) -> [BaselineFinding] {
    findings.map {
      $0.rule == rule ? BaselineFinding($0, status: .excepted, exception: id) : BaselineFinding($0)
    }
  }
}

import KubeModel

/// Decides the status of each finding: the seam where exceptions apply.
///
/// ``AllOpen`` is used until the exceptions file is wired in. An exceptions resolver is a few
/// lines over ``ExceptionEvaluation``:
///
/// ```swift
/// struct ExceptionFileStatuses: FindingStatusResolver {
///   var file: ExceptionFile
///   var today: CalendarDate
///   func resolve(_ findings: [Finding], catalogue: RuleCatalogue) -> [BaselineFinding] {
///     let e = ExceptionEvaluation(
///       file: file, findings: findings, knownRules: Set(catalogue.rules.map(\.id)), today: today)
///     return findings.indices.map {
///       BaselineFinding(findings[$0], status: e.statuses[$0], exception: e.exceptionIDs[$0])
///     }
///   }
/// }
/// ```
public protocol FindingStatusResolver: Sendable {
  /// The findings with their statuses, in the same order.
  func resolve(_ findings: [Finding], catalogue: RuleCatalogue) -> [BaselineFinding]
}

/// The resolver without exceptions: every finding is open.
public struct AllOpen: FindingStatusResolver {
  /// Creates the resolver.
  public init() {}

  /// Every finding, `open`.
  public func resolve(_ findings: [Finding], catalogue: RuleCatalogue) -> [BaselineFinding] {
    findings.map { BaselineFinding($0) }
  }
}

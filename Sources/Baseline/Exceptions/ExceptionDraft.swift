import Foundation
import KubeModel

/// A new exception prefilled from a finding, as the form proposes it.
///
/// The target is the finding's target (container included), the value binding pins the
/// finding's current value when it reports one, `created` is today and `expires` is today plus
/// ``proposedDurationDays``. The person drafting supplies justification, owner and the rest.
public struct ExceptionDraft: Sendable, Hashable {
  /// Days from today the form proposes as expiry.
  public static let proposedDurationDays = 90

  /// The entry as drafted so far.
  public var entry: ExceptionEntry

  /// Drafts an exception for `finding` with the next free id of `file`.
  public init(finding: Finding, file: ExceptionFile, today: CalendarDate) {
    let value = finding.value.map { current in
      ValueBinding(
        path: finding.fieldPath,
        constraint: ValueBinding.elements(of: current).count > 1
          ? .subsetOf(ValueBinding.elements(of: current))
          : .equals(current))
    }
    entry = ExceptionEntry(
      id: file.nextID, rule: finding.rule,
      target: ExceptionTarget(
        kind: finding.target.kind, namespace: finding.target.namespace, name: finding.target.name,
        container: finding.target.container),
      value: value, justification: "", owner: "", created: today.description,
      expires: today.adding(days: Self.proposedDurationDays).description)
  }

  /// What is missing or wrong before the draft can be saved; empty when it is complete.
  public func problems(today: CalendarDate) -> [String] {
    var problems: [String] = []
    if entry.justification.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      problems.append("justification is required")
    }
    if entry.owner.trimmingCharacters(in: .whitespaces).isEmpty {
      problems.append("owner is required")
    }
    switch CalendarDate(entry.expires) {
    case nil: problems.append("expires must be a date (YYYY-MM-DD)")
    case let date? where date < today: problems.append("expires is in the past")
    default: break
    }
    return problems
  }
}

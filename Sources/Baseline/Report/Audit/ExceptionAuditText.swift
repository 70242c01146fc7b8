/// One-line descriptions of exceptions for `kbaseline check` and the audit report.
public enum ExceptionAuditText {
  /// `Kind/namespace/name[container]`, with the match mode when it is a pattern.
  public static func target(_ target: ExceptionTarget) -> String {
    let base =
      target.namespace.isEmpty
      ? "\(target.kind)/\(target.name)" : "\(target.kind)/\(target.namespace)/\(target.name)"
    let container = target.container.map { "\(base)[\($0)]" } ?? base
    return target.isBroad ? "\(container) (match: \(target.match.rawValue))" : container
  }

  /// What is wrong with an exception, or what to watch, in one line; `nil` when it is active,
  /// exact and far from expiry.
  public static func note(_ audit: ExceptionEvaluation.Audit) -> String? {
    let entry = audit.entry
    let subject = "\(entry.id) (\(entry.rule) \(target(entry.target)))"
    switch audit.status {
    case .invalid:
      return "\(subject) is invalid: \(audit.problem ?? "cannot be applied")"
    case .expired:
      let ago = audit.daysLeft.map { " (\(-$0) days ago)" } ?? ""
      let count = findings(audit.findings.count)
      let verb = audit.findings.count == 1 ? "counts" : "count"
      return "\(subject) expired on \(entry.expires)\(ago); \(count) \(verb) again"
        + broadSuffix(audit)
    case .stale:
      return "\(subject) is stale: it matches no finding in this snapshot" + broadSuffix(audit)
    case .expiring:
      let left = audit.daysLeft.map { " (in \($0) days)" } ?? ""
      return "\(subject) expires on \(entry.expires)\(left)" + broadSuffix(audit)
    case .active:
      return audit.isBroad ? "\(subject) is broad" + broadSuffix(audit) : nil
    }
  }

  private static func broadSuffix(_ audit: ExceptionEvaluation.Audit) -> String {
    audit.isBroad
      ? "; broad name pattern \(audit.entry.target.name) covers \(findings(audit.findings.count))"
      : ""
  }

  /// `1 finding`, `3 findings`.
  public static func findings(_ count: Int) -> String {
    count == 1 ? "1 finding" : "\(count) findings"
  }
}

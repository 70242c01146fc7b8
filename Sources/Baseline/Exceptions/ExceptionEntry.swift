import KubeModel

/// One documented, deliberate deviation from the baseline.
public struct ExceptionEntry: Sendable, Hashable {
  /// Stable id, `EXC-` and four digits, for example `EXC-0007`.
  public var id: String
  /// The rule excepted, for example `workload.privileged`.
  public var rule: String
  /// What is excepted.
  public var target: ExceptionTarget
  /// An optional binding to the finding's current value.
  public var value: ValueBinding?
  /// Why the deviation is accepted (may span several lines).
  public var justification: String
  /// The team or person accountable for it.
  public var owner: String
  /// Who asked for it.
  public var requestedBy: String?
  /// Who approved it.
  public var approvedBy: String?
  /// The ticket tracking it.
  public var ticket: String?
  /// When it was created, as written (`YYYY-MM-DD`).
  public var created: String?
  /// When it expires, as written (`YYYY-MM-DD`).
  public var expires: String
  /// Fields kbaseline does not know, kept in order and written back unchanged.
  public var unknownFields: [PreservedField]

  /// Creates an entry.
  public init(
    id: String, rule: String, target: ExceptionTarget, value: ValueBinding? = nil,
    justification: String, owner: String, requestedBy: String? = nil, approvedBy: String? = nil,
    ticket: String? = nil, created: String? = nil, expires: String,
    unknownFields: [PreservedField] = []
  ) {
    self.id = id
    self.rule = rule
    self.target = target
    self.value = value
    self.justification = justification
    self.owner = owner
    self.requestedBy = requestedBy
    self.approvedBy = approvedBy
    self.ticket = ticket
    self.created = created
    self.expires = expires
    self.unknownFields = unknownFields
  }

  /// The expiry date, `nil` when ``expires`` is not a valid date.
  public var expiryDate: CalendarDate? { CalendarDate(expires) }

  /// The numeric part of the id (`7` for `EXC-0007`), `nil` when the id has another form.
  public var number: Int? {
    guard id.hasPrefix("EXC-") else { return nil }
    return Int(id.dropFirst(4))
  }

  /// The id for a number: `EXC-0007`.
  public static func id(number: Int) -> String {
    "EXC-" + String(repeating: "0", count: max(0, 4 - String(number).count)) + String(number)
  }

  /// Whether the entry covers a finding (rule, target and value binding), ignoring expiry.
  public func covers(_ finding: Finding) -> Bool {
    guard finding.rule == rule, target.covers(finding.target) else { return false }
    return value?.holds(path: finding.fieldPath, value: finding.value) ?? true
  }
}

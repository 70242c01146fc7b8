/// One deviation from the baseline: a rule, a target and the evidence.
public struct Finding: Codable, Sendable, Hashable {
  /// The rule's id.
  public var rule: String
  /// The rule's domain.
  public var domain: Domain
  /// The severity (the rule's, unless the engine refined it).
  public var severity: Severity
  /// What the finding is about.
  public var target: FindingTarget
  /// A one-line message, for example `container api runs privileged`.
  public var message: String
  /// The field path of the evidence, for example `spec.containers[0].securityContext.privileged`.
  public var fieldPath: String?
  /// The current value at that path, as text.
  public var value: String?
  /// The PSS level and control, for PSS findings.
  public var pss: PSSControl?

  /// Creates a finding.
  public init(
    rule: String, domain: Domain, severity: Severity, target: FindingTarget, message: String,
    fieldPath: String? = nil, value: String? = nil, pss: PSSControl? = nil
  ) {
    self.rule = rule
    self.domain = domain
    self.severity = severity
    self.target = target
    self.message = message
    self.fieldPath = fieldPath
    self.value = value
    self.pss = pss
  }

  /// A finding of a rule, taking the rule's domain, severity and PSS control.
  public init(
    _ rule: Rule, target: FindingTarget, message: String, fieldPath: String? = nil,
    value: String? = nil
  ) {
    self.init(
      rule: rule.id, domain: rule.domain, severity: rule.severity, target: target,
      message: message, fieldPath: fieldPath, value: value, pss: rule.pss)
  }
}

import KubeModel

/// One rule reaching a subject: the binding, the role and the rule, and the subject entry of
/// the binding that matched (which may be a group the identity belongs to).
public struct Grant: Sendable, Hashable {
  /// The binding, for example `RoleBinding/ns1/devs`.
  public var binding: ObjectKey
  /// The role, for example `ClusterRole/edit`.
  public var role: ObjectKey
  /// The rule.
  public var rule: PolicyRule
  /// The binding subject that matched, for example `Group system:serviceaccounts`.
  public var subject: Identity?

  /// Creates a grant.
  public init(binding: ObjectKey, role: ObjectKey, rule: PolicyRule, subject: Identity? = nil) {
    self.binding = binding
    self.role = role
    self.rule = rule
    self.subject = subject
  }

  /// `RoleBinding/ns/b → ClusterRole/edit`.
  public var chain: String { "\(binding) → \(role)" }
}

import KubeModel

/// One step of an escalation path: a sentence, and the binding, role and rule that enable it.
public struct PathStep: Sendable, Hashable {
  /// The sentence, for example `ServiceAccount ci/deployer can create pods in kube-system
  /// (RoleBinding/kube-system/ci → ClusterRole/edit)`.
  public var text: String
  /// The catalogue entry (`P1`…`P16`), `nil` for membership and consequence steps.
  public var catalogue: String?
  /// The node the step starts from, for example `ServiceAccount ci/deployer`.
  public var from: String
  /// The node it reaches, for example `any ServiceAccount in kube-system`.
  public var to: String
  /// The binding that grants it, when a binding does.
  public var binding: ObjectKey?
  /// The role that grants it.
  public var role: ObjectKey?
  /// The rule that grants it.
  public var rule: PolicyRule?
  /// The binding subject that matched, when it is a group of the identity.
  public var via: Identity?
}

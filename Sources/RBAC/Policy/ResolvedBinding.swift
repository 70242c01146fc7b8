import KubeModel

/// A binding with its role resolved: the rules it grants now, or why it grants nothing.
public struct ResolvedBinding: Sendable, Hashable {
  /// The binding.
  public var binding: RoleBinding
  /// The role it references, `Kind/ns/name` or `Kind/name`.
  public var roleKey: ObjectKey
  /// The role's effective rules; `nil` when the role is missing or the reference invalid.
  public var rules: [PolicyRule]?
  /// Why the binding grants nothing now (missing role, unsupported reference), else `nil`.
  public var problem: String?

  /// The binding's key, `ClusterRoleBinding/name` or `RoleBinding/ns/name`.
  public var key: ObjectKey { binding.key }

  /// The namespace a RoleBinding grants in; `nil` for a ClusterRoleBinding.
  public var namespace: String? { binding.namespace }

  /// `true` when the binding points at a role that does not exist: a latent grant that
  /// becomes live as soon as someone creates the role.
  public var isLatent: Bool { rules == nil }
}

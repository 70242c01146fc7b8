import KubeModel

extension EffectivePermissions {
  /// One binding of an identity with the role it grants and its rules: a node of the
  /// subject → binding → role → rules tree.
  public struct BindingNode: Sendable, Hashable {
    /// The binding.
    public var binding: ObjectKey
    /// The role.
    public var role: ObjectKey
    /// The subject entry that matched (the identity itself or one of its groups).
    public var via: Identity?
    /// The namespace the binding grants in; `nil` for a ClusterRoleBinding.
    public var namespace: String?
    /// The rules that take effect.
    public var rules: [PolicyRule]
    /// The rules a RoleBinding lists but cannot grant (cluster-scoped resources, URLs).
    public var ineffectiveRules: [PolicyRule]
  }

  /// The grants regrouped by binding, cluster bindings first, then by namespace.
  ///
  /// - Complexity: O(*g*) in the number of grants.
  public var bindingTree: [BindingNode] {
    var nodes: [BindingNode] = []
    var index: [ObjectKey: Int] = [:]
    func add(_ grant: Grant, namespace: String?, effective: Bool) {
      let at =
        index[grant.binding]
        ?? {
          nodes.append(
            BindingNode(
              binding: grant.binding, role: grant.role, via: grant.subject, namespace: namespace,
              rules: [], ineffectiveRules: []))
          index[grant.binding] = nodes.count - 1
          return nodes.count - 1
        }()
      if effective {
        nodes[at].rules.append(grant.rule)
      } else {
        nodes[at].ineffectiveRules.append(grant.rule)
      }
    }
    for grant in clusterWide { add(grant, namespace: nil, effective: true) }
    for ns in namespaces {
      for grant in ns.grants { add(grant, namespace: ns.namespace, effective: true) }
      for grant in ns.ineffective { add(grant, namespace: ns.namespace, effective: false) }
    }
    return nodes
  }
}

import Baseline
import KubeModel
import RBAC
import TerminalUI

/// How the RBAC pane shows one subject: its bindings → role → rules as a tree, grouped
/// cluster-wide and per namespace (its effective permissions), with latent grants and the
/// findings about it.
enum SubjectPresentation {
  /// What the pane knows about a subject beyond its permissions.
  struct Facts {
    /// The cluster-admin entry, when it is one.
    var admin: AdminEntry?
    /// The namespace-admin entry, when it is one.
    var namespaceAdmin: NamespaceAdminEntry?
    /// Findings about it or its bindings: (row id, finding).
    var findings: [(id: String, finding: BaselineFinding)]
  }

  /// The view id of a subject: `subject/<argument>`.
  static func viewID(_ identity: Identity) -> String { "subject/\(identity.argument)" }

  /// The identity of a `subject/<argument>` id.
  static func identity(fromID id: String) -> Identity? {
    guard id.hasPrefix("subject/") else { return nil }
    return Identity(argument: String(id.dropFirst(8)))
  }

  /// The view of a subject.
  ///
  /// - Complexity: O(*g*) in its grants.
  static func view(_ permissions: EffectivePermissions, facts: Facts) -> PaneView {
    let identity = permissions.identity
    return PaneView(
      id: viewID(identity), title: identity.description,
      summary: summary(permissions, facts: facts),
      body: .tree(nodes(permissions, facts: facts), expandedDepth: 3))
  }

  /// The request a rule node stands for (its first verb and resource, in its namespace): what
  /// the direction switch asks "who can" about.
  static func request(forNode id: String, in permissions: EffectivePermissions) -> AccessRequest? {
    guard let (binding, rule) = rule(forNode: id, in: permissions) else { return nil }
    let verb = rule.verbs.first ?? "*"
    if rule.resources.isEmpty {
      return rule.nonResourceURLs.first.map { AccessRequest(verb: verb, path: $0) }
    }
    return AccessRequest(
      verb: verb, apiGroup: rule.apiGroups.first ?? "", combinedResource: rule.resources[0],
      name: rule.resourceNames.first ?? "", namespace: binding.namespace ?? "")
  }

  /// The labels of the graph nodes on the path of a tree node (binding, role, rule), for the
  /// graph's highlight.
  static func focus(forNode id: String, in permissions: EffectivePermissions) -> [String] {
    let parts = id.split(separator: "/")
    guard parts.count >= 2, let k = Int(parts[1]) else { return [] }
    let tree = permissions.bindingTree
    guard tree.indices.contains(k) else { return [] }
    let node = tree[k]
    switch parts[0] {
    case "binding": return [node.binding.description]
    case "role": return [node.binding.description, node.role.description]
    case "rule":
      guard let (_, rule) = rule(forNode: id, in: permissions) else { return [] }
      return [node.binding.description, node.role.description, RuleText.summary(rule)]
    default: return []
    }
  }

  private static func rule(forNode id: String, in permissions: EffectivePermissions)
    -> (EffectivePermissions.BindingNode, PolicyRule)?
  {
    let parts = id.split(separator: "/")
    guard parts.count == 3, parts[0] == "rule", let k = Int(parts[1]), let j = Int(parts[2])
    else { return nil }
    let tree = permissions.bindingTree
    guard tree.indices.contains(k), tree[k].rules.indices.contains(j) else { return nil }
    return (tree[k], tree[k].rules[j])
  }

  // MARK: - Building

  private static func summary(_ permissions: EffectivePermissions, facts: Facts) -> [StyledLine] {
    let identity = permissions.identity
    var lines: [StyledLine] = []
    let groups = permissions.user.groups
    if identity.kind != .group, !groups.isEmpty {
      lines.append(field("Groups", groups.joined(separator: ", ")))
    }
    if permissions.isPrivileged {
      lines.append(
        field("Power", "member of system:masters: every request is allowed before RBAC", .error))
    } else if let admin = facts.admin {
      let first = admin.paths.first?.steps.compactMap(\.catalogue).joined(separator: " -> ")
      lines.append(
        field(
          "Power",
          "cluster-admin (\(admin.how.rawValue)\(first.map { $0.isEmpty ? "" : ", \($0)" } ?? "")); "
            + "paths in the Admins tab", .severityCritical))
    } else if let admin = facts.namespaceAdmin {
      lines.append(
        field(
          "Power", "admin of \(admin.namespaces.joined(separator: ", ")) (not cluster-admin)",
          .severityMedium))
    }
    let tree = permissions.bindingTree
    let viaGroups = tree.filter { $0.via != nil && $0.via != identity }.count
    lines.append(
      field(
        "Bindings",
        "\(tree.count) (\(viaGroups) through groups); t on a rule: who else can; v: graph", .dim))
    return lines
  }

  private static func nodes(_ permissions: EffectivePermissions, facts: Facts) -> [TreeNode] {
    let tree = permissions.bindingTree
    var scopes: [TreeNode] = []
    var current: (namespace: String?, children: [TreeNode])?
    func flush() {
      guard let scope = current else { return }
      let count = scope.children.count
      let noun = "binding\(count == 1 ? "" : "s")"
      scopes.append(
        TreeNode(
          id: scope.namespace.map { "scope/ns/\($0)" } ?? "scope/cluster",
          label: StyledLine(
            scope.namespace.map { "Namespace \($0) (\(count) \(noun))" }
              ?? "Cluster-wide (\(count) \(noun), also in every namespace)", .title),
          children: scope.children))
    }
    for (k, node) in tree.enumerated() {
      if current == nil || current?.namespace != node.namespace {
        flush()
        current = (node.namespace, [])
      }
      current?.children.append(bindingNode(k, node, identity: permissions.identity))
    }
    flush()
    if scopes.isEmpty {
      scopes.append(
        TreeNode(
          id: "scope/none", label: StyledLine("no binding grants this subject anything", .dim)))
    }
    if !permissions.latent.isEmpty {
      scopes.append(
        TreeNode(
          id: "scope/latent",
          label: StyledLine(
            "Latent grants (\(permissions.latent.count) bindings to missing roles)", .warning),
          children: permissions.latent.enumerated().map { i, entry in
            TreeNode(
              id: "latent/\(i)",
              label: StyledLine("\(entry.key) -> \(entry.roleKey): \(entry.problem ?? "missing")"))
          }))
    }
    if !facts.findings.isEmpty {
      scopes.append(
        TreeNode(
          id: "scope/findings", label: StyledLine("Findings (\(facts.findings.count))", .title),
          children: facts.findings.map { id, finding in
            let f = finding.finding
            return TreeNode(
              id: id,
              label: StyledLine([
                Span(
                  f.severity.rawValue.padded(toWidth: 9), FindingPresentation.role(of: f.severity)),
                Span("\(f.rule) \(f.target) "),
                Span(
                  FindingPresentation.badge(of: finding), FindingPresentation.rowRole(of: finding)),
              ]))
          }))
    }
    return scopes
  }

  private static func bindingNode(
    _ k: Int, _ node: EffectivePermissions.BindingNode, identity: Identity
  ) -> TreeNode {
    let via = node.via.flatMap { $0 == identity ? nil : $0 }
    var label = [Span(node.binding.description)]
    if let via { label.append(Span("  via \(via)", .dim)) }
    var rules = node.rules.enumerated().map { j, rule in
      TreeNode(id: "rule/\(k)/\(j)", label: StyledLine(RuleText.summary(rule)))
    }
    rules += node.ineffectiveRules.enumerated().map { j, rule in
      TreeNode(
        id: "ineffective/\(k)/\(j)",
        label: StyledLine(RuleText.summary(rule) + "  (cluster-scoped: no effect here)", .dim))
    }
    let count = node.rules.count
    let role = TreeNode(
      id: "role/\(k)",
      label: StyledLine([
        Span(node.role.description), Span("  \(count) rule\(count == 1 ? "" : "s")", .dim),
      ]),
      children: rules)
    return TreeNode(id: "binding/\(k)", label: StyledLine(label), children: [role])
  }

  private static func field(_ label: String, _ value: String, _ role: StyleRole = .body)
    -> StyledLine
  {
    StyledLine([Span(label.padded(toWidth: 10), .dim), Span(value, role)], hangingIndent: 10)
  }
}

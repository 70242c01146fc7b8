import KubeModel

/// The who-can-do-what graph in four layers: subjects → bindings → roles → permissions.
///
/// It covers a selection (one subject, a who-can answer, or a whole policy). Renderers (DOT,
/// Mermaid, the terminal graph view) draw it as is.
public struct AccessGraph: Sendable, Hashable {
  /// A column of the graph.
  public enum Layer: Int, Sendable, Hashable, CaseIterable, Comparable {
    /// Users, groups, ServiceAccounts.
    case subject
    /// RoleBindings and ClusterRoleBindings.
    case binding
    /// Roles and ClusterRoles.
    case role
    /// Rules (permission groups).
    case permission

    /// Orders left to right.
    public static func < (a: Layer, b: Layer) -> Bool { a.rawValue < b.rawValue }
  }

  /// A node: a stable id, its layer and its label.
  public struct Node: Sendable, Hashable {
    /// A stable identifier (`n0`, `n1`, …), valid in DOT and Mermaid.
    public var id: String
    /// The layer.
    public var layer: Layer
    /// The label, for example `User alice` or `ClusterRoleBinding/admins`.
    public var label: String
  }

  /// An edge between two node ids.
  public struct Edge: Sendable, Hashable {
    /// The left node.
    public var from: String
    /// The right node.
    public var to: String
  }

  /// The nodes, by layer then insertion order.
  public private(set) var nodes: [Node] = []
  /// The edges, in insertion order, without duplicates.
  public private(set) var edges: [Edge] = []
  private var ids: [String: String] = [:]
  private var edgeSet: Set<Edge> = []

  /// An empty graph.
  public init() {}

  /// The graph of a who-can answer: each subject, its granting bindings, roles and the rule.
  ///
  /// - Complexity: O(*g*) in the number of grants.
  public init(whoCan result: WhoCanResult) {
    for subject in result.subjects {
      let s = node(.subject, subject.identity.description)
      for grant in subject.via { addChain(from: s, grant) }
    }
  }

  /// The graph of one identity's permissions (the groups it matched through shown as
  /// subjects too).
  ///
  /// - Complexity: O(*g*) in the number of grants.
  public init(permissions: EffectivePermissions) {
    let me = node(.subject, permissions.identity.description)
    let grants = permissions.clusterWide + permissions.namespaces.flatMap(\.grants)
    for grant in grants {
      var start = me
      if let via = grant.subject, via != permissions.identity, via.kind == .group {
        start = node(.subject, via.description)
        link(me, start)
      }
      addChain(from: start, grant)
    }
  }

  /// The graph of every binding of a policy.
  ///
  /// - Complexity: O(*b* · (*s* + *r*)).
  public init(policy: RBACPolicy) {
    for entry in policy.bindings {
      let b = node(.binding, entry.key.description)
      for subject in entry.binding.subjects {
        guard let identity = Identity(subject: subject, bindingNamespace: entry.namespace) else {
          continue
        }
        link(node(.subject, identity.description), b)
      }
      let r = node(.role, entry.roleKey.description + (entry.isLatent ? " (missing)" : ""))
      link(b, r)
      for rule in entry.rules ?? [] { link(r, node(.permission, RuleText.summary(rule))) }
    }
  }

  /// Nodes of one layer.
  ///
  /// - Complexity: O(*n*) in the number of nodes.
  public func nodes(in layer: Layer) -> [Node] { nodes.filter { $0.layer == layer } }

  private mutating func addChain(from subject: String, _ grant: Grant) {
    let b = node(.binding, grant.binding.description)
    let r = node(.role, grant.role.description)
    let p = node(.permission, RuleText.summary(grant.rule))
    link(subject, b)
    link(b, r)
    link(r, p)
  }

  private mutating func node(_ layer: Layer, _ label: String) -> String {
    let key = "\(layer.rawValue)|\(label)"
    if let id = ids[key] { return id }
    let id = "n\(nodes.count)"
    ids[key] = id
    nodes.append(Node(id: id, layer: layer, label: label))
    return id
  }

  private mutating func link(_ from: String, _ to: String) {
    let edge = Edge(from: from, to: to)
    if edgeSet.insert(edge).inserted { edges.append(edge) }
  }
}

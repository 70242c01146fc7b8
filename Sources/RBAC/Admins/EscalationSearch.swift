/// Breadth-first searches backwards from `cluster-admin` over an escalation graph: the
/// distance and next step of every node that reaches it, once over all edges and once over
/// direct edges only (membership, `system:masters`, `*/*/*`).
struct EscalationSearch: Sendable {
  let graph: EscalationGraph
  /// Steps to cluster-admin per node, `nil` when unreachable.
  private(set) var distance: [Int?]
  /// The outgoing edge (index) to follow towards cluster-admin.
  private(set) var next: [Int?]
  /// Steps over direct edges only.
  private(set) var directDistance: [Int?]
  private(set) var directNext: [Int?]

  /// Runs both searches.
  ///
  /// - Complexity: O(*V* + *E*).
  init(graph: EscalationGraph) {
    self.graph = graph
    var reverse = Array(repeating: [(source: Int, edge: Int)](), count: graph.nodes.count)
    for (source, edges) in graph.edges.enumerated() {
      for (k, edge) in edges.enumerated() { reverse[edge.target].append((source, k)) }
    }
    (distance, next) = Self.search(graph, reverse, directOnly: false)
    (directDistance, directNext) = Self.search(graph, reverse, directOnly: true)
  }

  private static func search(
    _ graph: EscalationGraph, _ reverse: [[(source: Int, edge: Int)]], directOnly: Bool
  ) -> ([Int?], [Int?]) {
    var distance = [Int?](repeating: nil, count: graph.nodes.count)
    var next = [Int?](repeating: nil, count: graph.nodes.count)
    distance[EscalationGraph.adminIndex] = 0
    var queue = [EscalationGraph.adminIndex]
    var head = 0
    while head < queue.count {
      let node = queue[head]
      head += 1
      for (source, k) in reverse[node] where distance[source] == nil {
        if directOnly && !graph.edges[source][k].kind.isDirect { continue }
        distance[source] = distance[node]! + 1
        next[source] = k
        queue.append(source)
      }
    }
    return (distance, next)
  }

  /// The node sequence of the shortest path, as (source, edge) pairs.
  private func chain(from start: Int, direct: Bool) -> [(Int, EscalationEdge)] {
    var out: [(Int, EscalationEdge)] = []
    var node = start
    while node != EscalationGraph.adminIndex, let k = (direct ? directNext : next)[node] {
      let edge = graph.edges[node][k]
      out.append((node, edge))
      node = edge.target
    }
    return out
  }

  /// Up to `limit` paths: the deciding one first, then one per other first step, shortest
  /// first.
  func paths(from id: Int, direct: Bool, limit: Int) -> [AdminPath] {
    let best = chain(from: id, direct: direct)
    var chains = [best]
    var alternatives: [[(Int, EscalationEdge)]] = []
    for edge in graph.edges[id] where distance[edge.target] != nil {
      if let first = best.first?.1, first.target == edge.target, first.kind == edge.kind {
        continue
      }
      let rest = chain(from: edge.target, direct: false)
      if rest.contains(where: { $0.0 == id }) { continue }
      alternatives.append([(id, edge)] + rest)
    }
    alternatives.sort { $0.count < $1.count }
    chains += alternatives.prefix(max(0, limit - 1))
    return chains.map { AdminPath(steps: $0.map { graph.step(from: $0.0, $0.1) }) }
  }

  /// How many outgoing edges lead to cluster-admin.
  func firstStepCount(from id: Int) -> Int {
    graph.edges[id].filter { distance[$0.target] != nil }.count
  }

  /// The namespaces an identity administers (directly, or through one membership step).
  func namespaceAdmin(_ id: Int, identity: Identity, category: AdminCategory)
    -> NamespaceAdminEntry?
  {
    var found: [String: [(Int, EscalationEdge)]] = [:]
    func collect(_ node: Int, prefix: [(Int, EscalationEdge)], depth: Int) {
      for edge in graph.edges[node] {
        switch graph.nodes[edge.target] {
        case .namespaceAdmin(let ns):
          if found[ns] == nil { found[ns] = prefix + [(node, edge)] }
        case .holder(_, .namespace):
          if depth < 2 { collect(edge.target, prefix: prefix + [(node, edge)], depth: depth + 1) }
        case .identity(let group) where edge.kind == .memberOf && group.kind == .group:
          if depth < 1 { collect(edge.target, prefix: prefix + [(node, edge)], depth: depth + 1) }
        default: continue
        }
      }
    }
    collect(id, prefix: [], depth: 0)
    guard !found.isEmpty else { return nil }
    let namespaces = found.keys.sorted()
    return NamespaceAdminEntry(
      identity: identity, category: category, namespaces: namespaces,
      paths: namespaces.map { ns in
        AdminPath(steps: found[ns]!.map { graph.step(from: $0.0, $0.1) })
      })
  }
}

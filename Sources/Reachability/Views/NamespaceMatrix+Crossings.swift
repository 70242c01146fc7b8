extension NamespaceMatrix {
  /// The environment crossing of a namespace pair by index: set when the source's environment
  /// ranks lower than the destination's and some workload pair is connected.
  ///
  /// - Complexity: O(1).
  public func environmentCrossing(from a: Int, to b: Int) -> EnvironmentCrossing? {
    guard let low = ranks[a], let high = ranks[b], low < high, isConnected(from: a, to: b),
      let cell = cell(from: a, to: b), let fromEnvironment = environments[namespaces[a]],
      let toEnvironment = environments[namespaces[b]]
    else { return nil }
    return EnvironmentCrossing(
      from: namespaces[a], fromEnvironment: fromEnvironment, to: namespaces[b],
      toEnvironment: toEnvironment, ports: cell.ports)
  }

  /// The crossings into one namespace, one group per source environment, sorted by that
  /// environment's label value.
  ///
  /// - Complexity: O(*n* + *k*ᵦ log *k*ᵦ) for *k*ᵦ restricted sources of the destination.
  public func environmentCrossingGroups(into b: Int, examples: Int = 3)
    -> [EnvironmentCrossingGroup]
  {
    guard let high = ranks[b], let toEnvironment = environments[namespaces[b]] else { return [] }
    var sources: [String: (count: Int, members: [Int], ports: ConnectionSet)] = [:]
    let openInto = counts.openIn[b] > 0
    if openInto {
      for (value, members) in openSourcesByEnvironment {
        guard let low = EnvironmentRank.rank(value), low < high else { continue }
        sources[value] = (members.count, Array(members.prefix(examples)), .all)
      }
    }
    for a in restrictedSources[b] ?? [] where !(openInto && counts.openOut[a] > 0) {
      guard let low = ranks[a], low < high, let value = environments[namespaces[a]],
        let ports = restricted[a * namespaces.count + b]?.ports
      else { continue }
      var entry = sources[value] ?? (0, [], .none)
      entry.count += 1
      entry.members.append(a)
      entry.ports = entry.ports.union(ports)
      sources[value] = entry
    }
    return sources.keys.sorted().map { value in
      let entry = sources[value]!
      return EnvironmentCrossingGroup(
        to: namespaces[b], toEnvironment: toEnvironment, fromEnvironment: value,
        sourceCount: entry.count,
        examples: entry.members.sorted().prefix(examples).map { namespaces[$0] },
        ports: entry.ports)
    }
  }

  /// Every crossing into one namespace, sorted by source.
  ///
  /// - Complexity: O(*n*) lookups.
  public func environmentCrossings(into b: Int) -> [EnvironmentCrossing] {
    guard ranks[b] != nil else { return [] }
    return namespaces.indices.compactMap { environmentCrossing(from: $0, to: b) }
  }

  /// Every allowed path from a lower to a higher environment, sorted by (from, to).
  ///
  /// - Complexity: O(*n*²) lookups: use ``environmentCrossingCount`` or
  ///   ``environmentCrossingGroups(into:examples:)`` on large clusters.
  public var environmentCrossings: [EnvironmentCrossing] {
    guard environmentCrossingCount > 0 else { return [] }
    let ranked = namespaces.indices.filter { ranks[$0] != nil }
    return ranked.flatMap { a in ranked.compactMap { environmentCrossing(from: a, to: $0) } }
  }

  /// The number of crossings and of development → production crossings.
  ///
  /// - Complexity: O(*n*·*E* + *k*) for *E* environments and *k* restricted cells.
  func crossingCounts() -> (all: Int, developmentToProduction: Int) {
    var openByRank = [Int](repeating: 0, count: EnvironmentRank.production + 1)
    for (value, members) in openSourcesByEnvironment {
      if let rank = EnvironmentRank.rank(value) { openByRank[rank] += members.count }
    }
    var all = 0
    var devToProd = 0
    for b in namespaces.indices {
      guard let high = ranks[b] else { continue }
      let openInto = counts.openIn[b] > 0
      if openInto {
        all += openByRank[..<high].reduce(0, +)
        if high == EnvironmentRank.production {
          devToProd += openByRank[EnvironmentRank.development]
        }
      }
      for a in restrictedSources[b] ?? [] where !(openInto && counts.openOut[a] > 0) {
        guard let low = ranks[a], low < high else { continue }
        all += 1
        if low == EnvironmentRank.development && high == EnvironmentRank.production {
          devToProd += 1
        }
      }
    }
    return (all, devToProd)
  }
}

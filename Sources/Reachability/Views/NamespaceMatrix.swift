/// The namespace × namespace reachability matrix with the views derived from it:
/// isolation coverage, flat namespaces and environment crossings.
///
/// Cells are stored compactly (per-namespace peer counts plus the restricted cells that
/// have connections), so a 1,000-namespace matrix costs no million-element array until
/// ``cells`` is asked for.
public struct NamespaceMatrix: Sendable {
  /// Every namespace, sorted (rows and columns).
  public let namespaces: [String]
  /// Per-namespace isolation coverage and external exposure, parallel to ``namespaces``.
  public let coverage: [NamespaceCoverage]
  /// Each namespace's environment label value, when it has one.
  public let environments: [String: String]
  /// Namespaces with at least two workloads where every workload reaches every other on
  /// every port.
  public private(set) var flatNamespaces: [String]
  /// How many ordered namespace pairs cross from a lower to a higher environment.
  public private(set) var environmentCrossingCount: Int
  /// How many of those crossings go from a development environment into production.
  public private(set) var developmentToProductionCount: Int
  let counts: NamespacePeerCounts
  let restricted: [Int: CellStats]
  /// Each namespace's environment rank (``EnvironmentRank``), parallel to ``namespaces``.
  let ranks: [Int?]
  /// The connected restricted cells' sources, by destination namespace index, ascending.
  let restrictedSources: [Int: [Int]]
  /// The restricted cells' destinations (connected or not), by source namespace index.
  let restrictedDestinations: [Int: [Int]]
  /// The ranked namespaces with a workload whose egress is open, by environment value,
  /// ascending.
  let openSourcesByEnvironment: [String: [Int]]

  /// Creates a matrix; flat namespaces and crossing counts are derived from the cells.
  ///
  /// - Complexity: O(*n*·*E* + *k* log *k*) for *E* environments and *k* restricted cells.
  init(
    namespaces: [String], coverage: [NamespaceCoverage], environments: [String: String],
    counts: NamespacePeerCounts, restricted: [Int: CellStats]
  ) {
    self.namespaces = namespaces
    self.coverage = coverage
    self.environments = environments
    self.counts = counts
    self.restricted = restricted
    ranks = namespaces.map { environments[$0].flatMap(EnvironmentRank.rank) }
    let n = namespaces.count
    var sources: [Int: [Int]] = [:]
    var destinations: [Int: [Int]] = [:]
    for (key, stats) in restricted {
      destinations[key / n, default: []].append(key % n)
      if stats.connected > 0 { sources[key % n, default: []].append(key / n) }
    }
    restrictedDestinations = destinations
    restrictedSources = sources.mapValues { $0.sorted() }
    var open: [String: [Int]] = [:]
    for (index, name) in namespaces.enumerated() where counts.openOut[index] > 0 {
      if ranks[index] != nil, let value = environments[name] {
        open[value, default: []].append(index)
      }
    }
    openSourcesByEnvironment = open
    flatNamespaces = []
    environmentCrossingCount = 0
    developmentToProductionCount = 0
    flatNamespaces = namespaces.indices.filter {
      verdict(from: $0, to: $0) == .all && (cell(from: $0, to: $0)?.pairCount ?? 0) >= 2
    }.map { namespaces[$0] }
    (environmentCrossingCount, developmentToProductionCount) = crossingCounts()
  }

  /// The cell for a namespace pair by index; `nil` when the pair has no workload pair.
  ///
  /// - Complexity: O(1).
  public func cell(from a: Int, to b: Int) -> MatrixCell? {
    let n = namespaces.count
    let total = counts.peers[a] * counts.peers[b] - (a == b ? counts.peers[a] : 0)
    guard total > 0 else { return nil }
    var stats = restricted[a * n + b] ?? CellStats()
    let open = counts.openOut[a] * counts.openIn[b] - (a == b ? counts.openBoth[a] : 0)
    stats.connected += open
    stats.fullyOpen += open
    if open > 0 { stats.ports = .all }
    let verdict: MatrixVerdict =
      stats.connected == 0 ? .none : stats.fullyOpen == total ? .all : .partial
    return MatrixCell(
      from: namespaces[a], to: namespaces[b], verdict: verdict, ports: stats.ports,
      pairCount: total, connectedPairCount: stats.connected, fullyOpenPairCount: stats.fullyOpen)
  }

  /// Whether some workload pair of a namespace pair has a connection.
  ///
  /// - Complexity: O(1), without building the cell.
  public func isConnected(from a: Int, to b: Int) -> Bool {
    if counts.openOut[a] * counts.openIn[b] - (a == b ? counts.openBoth[a] : 0) > 0 {
      return true
    }
    return (restricted[a * namespaces.count + b]?.connected ?? 0) > 0
  }

  /// The cell for a namespace pair by name.
  ///
  /// - Complexity: O(log *n*).
  public func cell(from: String, to: String) -> MatrixCell? {
    guard let a = index(of: from), let b = index(of: to) else { return nil }
    return cell(from: a, to: b)
  }

  /// The verdicts of one row (source namespace) for every destination, `nil` without
  /// workload pairs.
  ///
  /// - Complexity: O(*n* + *k*ₐ) for *k*ₐ restricted cells in the row, without building cells.
  public func verdictRow(from a: Int) -> [MatrixVerdict?] {
    var row = [MatrixVerdict?](repeating: nil, count: namespaces.count)
    let out = counts.openOut[a]
    let peers = counts.peers[a]
    guard peers > 0 else { return row }
    for b in namespaces.indices where b != a {
      let total = peers * counts.peers[b]
      guard total > 0 else { continue }
      let open = out * counts.openIn[b]
      row[b] = open == 0 ? MatrixVerdict.none : open == total ? .all : .partial
    }
    for b in restrictedDestinations[a] ?? [] { row[b] = verdict(from: a, to: b) }
    row[a] = verdict(from: a, to: a)
    return row
  }

  /// The verdict of a namespace pair by index, `nil` without workload pairs (the heat map's
  /// glyph).
  ///
  /// - Complexity: O(1).
  public func verdict(from a: Int, to b: Int) -> MatrixVerdict? { cell(from: a, to: b)?.verdict }

  /// One cell per ordered namespace pair holding at least one workload pair, sorted by
  /// (from, to).
  ///
  /// - Complexity: O(*n*²).
  public var cells: [MatrixCell] {
    namespaces.indices.flatMap { a in namespaces.indices.compactMap { cell(from: a, to: $0) } }
  }

  /// The cells that allow something, sorted by (from, to).
  ///
  /// - Complexity: O(*n*² ) in the worst case, O(*k* log *k*) for *k* such cells when few
  ///   workloads are unprotected.
  public var allowedCells: [MatrixCell] {
    var keys = Set(restricted.filter { $0.value.connected > 0 }.keys)
    let n = namespaces.count
    for a in 0..<n where counts.openOut[a] > 0 {
      for b in 0..<n where counts.openIn[b] > 0 { keys.insert(a * n + b) }
    }
    return keys.sorted().compactMap { cell(from: $0 / n, to: $0 % n) }.filter {
      $0.verdict != .none
    }
  }

  /// The index of a namespace.
  public func index(of name: String) -> Int? {
    var lo = 0
    var hi = namespaces.count - 1
    while lo <= hi {
      let mid = (lo + hi) / 2
      if namespaces[mid] == name { return mid }
      if namespaces[mid] < name { lo = mid + 1 } else { hi = mid - 1 }
    }
    return nil
  }
}

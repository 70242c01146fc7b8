import Reachability
import TerminalUI

/// The namespace matrix as heat-map grids: the full grid, and a folded one where system and
/// platform namespaces share one row and column.
///
/// Rows are sources, columns destinations; row and column ids are `ns/<name>` (or
/// ``groupID`` for the fold group), cell ids ``GridData/cellID(row:column:)``.
struct NetworkHeatMap: Sendable {
  /// The id of the fold group's row and column.
  static let groupID = "group/system"
  /// Glyph and colour per verdict: blank (no workload pair), `.` none, `+` partial, `#` all.
  static let styles = [
    GridCellStyle(" ", .dim), GridCellStyle(MatrixText.glyph(.none), .verdictDeny),
    GridCellStyle(MatrixText.glyph(.partial), .verdictPartial),
    GridCellStyle(MatrixText.glyph(.all), .verdictAllow),
  ]

  /// Every namespace as a row and a column.
  let full: GridData
  /// The folded grid, when some namespaces are system namespaces.
  let fold: GridFold?
  /// The namespaces folded into the group, sorted.
  let system: [String]
  /// The matrix, for the environment crossings of a cell.
  private let matrix: NamespaceMatrix

  /// Builds both grids.
  ///
  /// - Complexity: O(*n*²) in the namespaces (one row of verdicts at a time).
  init(matrix: NamespaceMatrix) {
    let names = matrix.namespaces
    system = Self.systemNamespaces(matrix)
    let folded = Set(system)
    let headers = names.enumerated().map { i, name in
      GridHeader(
        id: "ns/\(name)", label: name, short: String(i + 1),
        role: folded.contains(name) ? .dim : .body)
    }
    var cells: [UInt8] = []
    cells.reserveCapacity(names.count * names.count)
    for a in names.indices { cells += matrix.verdictRow(from: a).map(Self.paletteIndex) }
    full = GridData(
      rows: headers, columns: headers, styles: Self.styles, cells: cells, corner: "from \\ to",
      cornerID: Self.cornerID)
    fold = system.isEmpty ? nil : Self.folded(matrix, cells: cells, system: folded)
    self.matrix = matrix
  }

  /// The environment crossings among some namespace pairs, at most `limit` of them.
  ///
  /// - Complexity: O(*a*·*b*) lookups for a small block, O(*n*) per destination otherwise.
  func crossings(from: [String], to: [String], limit: Int = 8) -> [EnvironmentCrossing] {
    guard matrix.environmentCrossingCount > 0 else { return [] }
    // Only namespaces with a known environment can be the source of a crossing.
    let sources = from.filter { matrix.environments[$0].flatMap(EnvironmentRank.rank) != nil }
      .compactMap(matrix.index(of:))
    guard !sources.isEmpty else { return [] }
    var out: [EnvironmentCrossing] = []
    for b in to.compactMap(matrix.index(of:)) where out.count < limit {
      if sources.count <= 64 {
        out += sources.compactMap { matrix.environmentCrossing(from: $0, to: b) }
      } else {
        let wanted = Set(sources)
        out += matrix.environmentCrossings(into: b).filter {
          matrix.index(of: $0.from).map(wanted.contains) == true
        }
      }
    }
    return Array(out.prefix(limit))
  }

  /// The id of the grid's corner: every namespace.
  static let cornerID = "all"

  /// The namespaces a row or column id stands for (the group's members for the group, every
  /// namespace for the corner).
  func namespaces(of id: String) -> [String] {
    switch id {
    case Self.groupID: system
    case Self.cornerID: full.rows.map(\.label)
    default: id.hasPrefix("ns/") ? [String(id.dropFirst(3))] : []
    }
  }

  /// kube-system, kube-public, kube-node-lease, and — when some namespace carries an
  /// environment label — the platform namespaces without one.
  static func systemNamespaces(_ matrix: NamespaceMatrix) -> [String] {
    let kube: Set = ["kube-system", "kube-public", "kube-node-lease"]
    let labelled = !matrix.environments.isEmpty
    return matrix.namespaces.filter {
      kube.contains($0) || (labelled && matrix.environments[$0] == nil)
    }
  }

  private static func paletteIndex(_ verdict: MatrixVerdict?) -> UInt8 {
    switch verdict {
    case nil: 0
    case .none?: 1
    case .partial?: 2
    case .all?: 3
    }
  }

  /// The grid with the system namespaces in one group row and column, combined from the full
  /// grid's cells.
  ///
  /// - Complexity: O(*n*²).
  private static func folded(_ matrix: NamespaceMatrix, cells: [UInt8], system: Set<String>)
    -> GridFold
  {
    let names = matrix.namespaces
    let n = names.count
    let kept = names.indices.filter { !system.contains(names[$0]) }
    let members = names.indices.filter { system.contains(names[$0]) }
    var headers = kept.enumerated().map { i, index in
      GridHeader(id: "ns/\(names[index])", label: names[index], short: String(i + 1))
    }
    headers.append(
      GridHeader(
        id: groupID, label: "system (\(members.count))", short: "S",
        members: members.map { "ns/\(names[$0])" }, role: .dim))
    var folded: [UInt8] = []
    folded.reserveCapacity((kept.count + 1) * (kept.count + 1))
    for a in kept {
      for b in kept { folded.append(cells[a * n + b]) }
      folded.append(combinedIndex(members.map { cells[a * n + $0] }))
    }
    for b in kept { folded.append(combinedIndex(members.map { cells[$0 * n + b] })) }
    folded.append(combinedIndex(members.flatMap { a in members.map { cells[a * n + $0] } }))
    let grid = GridData(
      rows: headers, columns: headers, styles: styles, cells: folded, corner: "from \\ to",
      cornerID: cornerID)
    return GridFold(grid: grid, name: "\(members.count) system namespaces")
  }

  /// The palette index over several cells' indices: all when every cell with pairs is all,
  /// none when every one is none, partial otherwise; blank without pairs.
  private static func combinedIndex(_ indices: [UInt8]) -> UInt8 {
    var result: UInt8 = 0
    for index in indices where index != 0 {
      if result == 0 { result = index } else if result != index { return paletteIndex(.partial) }
    }
    return result
  }
}

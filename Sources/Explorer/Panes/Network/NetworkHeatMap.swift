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
  /// The environment crossings of each namespace pair, keyed by `from|to`.
  private let crossings: [String: EnvironmentCrossing]

  /// Builds both grids.
  ///
  /// - Complexity: O(*n*²) in the namespaces (one O(1) cell lookup each).
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
    for a in names.indices {
      for b in names.indices { cells.append(Self.paletteIndex(matrix.verdict(from: a, to: b))) }
    }
    full = GridData(
      rows: headers, columns: headers, styles: Self.styles, cells: cells, corner: "from \\ to",
      cornerID: Self.cornerID)
    fold = system.isEmpty ? nil : Self.folded(matrix, system: folded)
    crossings = Dictionary(
      matrix.environmentCrossings.map { ("\($0.from)|\($0.to)", $0) },
      uniquingKeysWith: { first, _ in first })
  }

  /// The environment crossings among some namespace pairs.
  ///
  /// - Complexity: O(*a*·*b*) lookups.
  func crossings(from: [String], to: [String]) -> [EnvironmentCrossing] {
    from.flatMap { a in to.compactMap { crossings["\(a)|\($0)"] } }
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

  /// The verdict over several cells: all when every cell with pairs is all, none when every
  /// one is none, partial otherwise; nil without pairs.
  static func combined(_ verdicts: [MatrixVerdict?]) -> MatrixVerdict? {
    let present = verdicts.compactMap { $0 }
    guard let first = present.first else { return nil }
    return present.allSatisfy { $0 == first } ? first : .partial
  }

  private static func paletteIndex(_ verdict: MatrixVerdict?) -> UInt8 {
    switch verdict {
    case nil: 0
    case .none?: 1
    case .partial?: 2
    case .all?: 3
    }
  }

  private static func folded(_ matrix: NamespaceMatrix, system: Set<String>) -> GridFold {
    let names = matrix.namespaces
    let kept = names.indices.filter { !system.contains(names[$0]) }
    let members = names.indices.filter { system.contains(names[$0]) }
    var headers = kept.enumerated().map { i, index in
      GridHeader(id: "ns/\(names[index])", label: names[index], short: String(i + 1))
    }
    headers.append(
      GridHeader(
        id: groupID, label: "system (\(members.count))", short: "S",
        members: members.map { "ns/\(names[$0])" }, role: .dim))
    let groups: [[Int]] = kept.map { [$0] } + [members]
    var cells: [UInt8] = []
    for from in groups {
      for to in groups {
        let verdicts = from.flatMap { a in to.map { b in matrix.verdict(from: a, to: b) } }
        cells.append(paletteIndex(combined(verdicts)))
      }
    }
    let grid = GridData(
      rows: headers, columns: headers, styles: styles, cells: cells, corner: "from \\ to",
      cornerID: cornerID)
    return GridFold(grid: grid, name: "\(members.count) system namespaces")
  }
}

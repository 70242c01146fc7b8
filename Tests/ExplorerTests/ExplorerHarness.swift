import Foundation
import KubeModel
import TerminalUI

@testable import Explorer

/// Builds explorer states from fixture snapshots and drives them with keys, as the run loop
/// would.
enum ExplorerHarness {
  /// The test target's source directory.
  static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  /// The repository root.
  static let repository = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

  /// Loads a fixture snapshot by path relative to the repository, named by its last component
  /// so that rendered screens do not depend on where the repository is.
  static func snapshot(_ relativePath: String) throws -> Snapshot {
    let url = repository.appendingPathComponent(relativePath)
    let text = try String(contentsOf: url, encoding: .utf8)
    return try SnapshotLoader().load(text: text, name: url.lastPathComponent)
  }

  /// The small fixture cluster.
  static func smallCluster() throws -> Snapshot {
    try snapshot("Tests/ExplorerTests/Fixtures/small-cluster.json")
  }

  /// A fresh state for a snapshot at `size`.
  static func state(
    _ snapshot: Snapshot, size: Size = Size(width: 80, height: 24), glyphs: Glyphs = .unicode,
    panes: [any Pane]? = nil, monochrome: Bool = false
  ) -> AppState {
    let input = ExplorerInput(snapshot: snapshot)
    return AppState(
      input: input, panes: panes ?? PaneRegistry.makePanes(input), size: size,
      monochrome: monochrome, glyphs: glyphs)
  }

  /// Key names as in keys.yaml, or single characters; `text:…` types text.
  static func keys(_ script: [String]) -> [Key] {
    script.flatMap { item -> [Key] in
      if item.hasPrefix("text:") { return item.dropFirst(5).map { Key.character($0) } }
      return [Key(name: item)!]
    }
  }

  /// Sends keys and returns every effect produced.
  @discardableResult
  static func send(_ script: [String], to state: inout AppState) -> [Effect] {
    keys(script).flatMap { reduce(&state, .key($0)) }
  }
}

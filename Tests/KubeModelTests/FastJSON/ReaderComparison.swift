import Foundation

@testable import KubeModel

/// Decodes and loads the same bytes with Foundation's `JSONDecoder` (the reference) and with
/// the fast reader, and says whether the results agree.
enum ReaderComparison {
  /// The repository's root (tests read the fixtures of every test target and `snapshots/`).
  static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Every fixture file of every test target and every file of `snapshots/`, relative to the
  /// repository root, sorted.
  static func fixtureFiles(extensions: [String]) -> [String] {
    var found: [String] = []
    let manager = FileManager.default
    let tests = repositoryRoot.appendingPathComponent("Tests").path
    var roots = ((try? manager.contentsOfDirectory(atPath: tests)) ?? []).map {
      "Tests/\($0)/Fixtures"
    }
    roots.append("snapshots")
    for root in roots {
      let path = repositoryRoot.appendingPathComponent(root).path
      guard let walker = manager.enumerator(atPath: path) else { continue }
      for case let relative as String in walker
      where extensions.contains(where: { relative.lowercased().hasSuffix($0) }) {
        found.append("\(root)/\(relative)")
      }
    }
    return found.sorted()
  }

  /// The absolute path of a repository file.
  static func path(_ relative: String) -> String {
    repositoryRoot.appendingPathComponent(relative).path
  }

  /// Decodes with Foundation.
  static func reference<T: Decodable>(_ type: T.Type, _ data: Data) -> Result<T, any Error> {
    Result { try JSONDecoder().decode(T.self, from: data) }
  }

  /// Decodes with the fast reader on `threads` threads.
  static func fast<T: Decodable>(_ type: T.Type, _ data: Data, threads: Int = 2)
    -> Result<T, any Error>
  {
    Result { try FastJSONDecoder(threads: threads).decode(T.self, from: data) }
  }

  /// Whether two decoded documents hold the same things.
  static func same(_ a: DecodedDocument, _ b: DecodedDocument) -> Bool {
    a.objects == b.objects && a.capture == b.capture && a.lists == b.lists
      && a.isSnapshotFile == b.isSnapshotFile && a.notKubernetes == b.notKubernetes
      && a.itemsWithoutKind == b.itemsWithoutKind
  }

  /// What loading a file gives: the snapshot written back as JSON with its warnings, or the
  /// error's text.
  static func load(_ path: String, reader: SnapshotJSONReader) -> String {
    do {
      let snapshot = try SnapshotLoader(jsonReader: reader).load(path: path)
      let json = try SnapshotWriter().encode(snapshot)
      return String(decoding: json, as: UTF8.self)
        + "\nwarnings: \(snapshot.warnings.map(\.description))"
        + "\nunknown: \(snapshot.unknownKinds.sorted { $0.key < $1.key })"
    } catch {
      return "error: \(error)"
    }
  }

  /// A temporary file holding `data`.
  static func temporaryFile(_ data: Data, suffix: String = ".json") throws -> String {
    let path = NSTemporaryDirectory() + "fastjson-\(UUID().uuidString)\(suffix)"
    try data.write(to: URL(fileURLWithPath: path))
    return path
  }
}

import Foundation
import Testing
import Yams

@testable import KubeModel

@Suite("Fast JSON reader: the same objects as Foundation on every fixture")
struct FastJSONFixtureTests {
  static let jsonFiles = ReaderComparison.fixtureFiles(extensions: [".json"])
  static let yamlFiles = ReaderComparison.fixtureFiles(extensions: [".yaml", ".yml"])
  static let allFiles = ReaderComparison.fixtureFiles(
    extensions: [".json", ".yaml", ".yml", ".json.gz"])

  @Test("the repository has fixtures to compare on")
  func fixturesFound() {
    #expect(Self.jsonFiles.count > 15)
    #expect(Self.jsonFiles.contains("snapshots/demo.json"))
    #expect(Self.yamlFiles.contains("snapshots/demo-list.yaml"))
  }

  @Test("every JSON fixture decodes to the same document both ways", arguments: jsonFiles)
  func jsonFixture(_ file: String) throws {
    let data = try Data(contentsOf: URL(fileURLWithPath: ReaderComparison.path(file)))
    let reference = ReaderComparison.reference(DecodedDocument.self, data)
    let fast = ReaderComparison.fast(DecodedDocument.self, data)
    switch (reference, fast) {
    case (.success(let a), .success(let b)):
      #expect(ReaderComparison.same(a, b))
    case (.failure, .failure):
      #expect(file.contains("/bad/"), "only the bad-input fixtures fail")
    case (.success, .failure(let error)):
      // A fixture Foundation reads must not need the fallback (that would hide a bug).
      Issue.record("fast reader refused a valid fixture: \(error)")
    case (.failure, .success):
      Issue.record("fast reader accepted what Foundation refuses")
    }
  }

  @Test("every YAML fixture's JSON form decodes the same both ways", arguments: yamlFiles)
  func yamlFixture(_ file: String) throws {
    let text = try String(contentsOfFile: ReaderComparison.path(file), encoding: .utf8)
    guard let parser = try? Parser(yaml: text) else { return }
    while let node = try? parser.nextRoot() {
      guard let json = YAMLJSONBridge.json(node) else { continue }
      let reference = ReaderComparison.reference(DecodedDocument.self, json)
      let fast = ReaderComparison.fast(DecodedDocument.self, json)
      if case .success(let a) = reference {
        let b = try #require(try? fast.get(), "fast reader refused \(file)")
        #expect(ReaderComparison.same(a, b))
      } else {
        #expect(throws: (any Error).self) { try fast.get() }
      }
    }
  }

  @Test("every fixture loads to the same snapshot or error with either reader", arguments: allFiles)
  func loaderFixture(_ file: String) {
    let path = ReaderComparison.path(file)
    #expect(
      ReaderComparison.load(path, reader: .automatic)
        == ReaderComparison.load(path, reader: .foundation))
  }

  @Test("the demo snapshot decodes through the fast path on 1, 2 and 4 threads")
  func demoThreads() throws {
    let data = try Data(
      contentsOf: URL(fileURLWithPath: ReaderComparison.path("snapshots/demo.json")))
    let reference = try ReaderComparison.reference(DecodedDocument.self, data).get()
    #expect(reference.objects.count > 100)
    for threads in [1, 2, 4] {
      let fast = try ReaderComparison.fast(DecodedDocument.self, data, threads: threads).get()
      #expect(ReaderComparison.same(reference, fast))
    }
  }
}

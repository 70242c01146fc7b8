import Foundation
import Testing

@testable import KubeModel

@Suite("Bad input: one clear error naming the file and, where known, the line")
struct BadInputTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var file: String
    var line: Int?
    var says: String
    var testDescription: String { file }
  }

  static let corpus: [Case] = [
    Case(file: "truncated.json", line: 2, says: "invalid JSON"),
    Case(file: "truncated.yaml", line: 6, says: "invalid YAML"),
    Case(
      file: "wrong-type.yaml", line: 10,
      says: "spec.containers[0].ports[0].containerPort: expected a number"),
    Case(file: "wrong-type.json", line: nil, says: "roleRef.name: expected a string"),
    Case(file: "empty.yaml", line: nil, says: "no Kubernetes objects found"),
    Case(file: "not-kubernetes.yaml", line: 1, says: "not a Kubernetes object"),
    Case(file: "tab-indent.yaml", line: 4, says: "invalid YAML"),
    Case(file: "binary.yaml", line: nil, says: "binary"),
    Case(file: "deep.json", line: 1, says: "nested"),
    Case(file: "deep.yaml", line: 1, says: "nesting deeper than"),
    Case(file: "list-item-not-mapping.json", line: nil, says: "items[0]: expected an object"),
  ]

  @Test("each bad file gives a LoadError with file, line and reason", arguments: corpus)
  func corpusFile(_ c: Case) {
    let path = FixturePath.of("bad/\(c.file)")
    #expect {
      try SnapshotLoader().load(path: path)
    } throws: { error in
      guard let error = error as? LoadError else { return false }
      let prefix = c.line.map { "\(path):\($0): " } ?? "\(path): "
      return error.file == path && error.line == c.line && error.description.hasPrefix(prefix)
        && error.message.contains(c.says) && !error.description.contains("\n")
    }
  }

  @Test("a missing path is reported by name")
  func missingPath() {
    #expect(throws: LoadError(file: "/nonexistent/x.yaml", message: "no such file or directory")) {
      try SnapshotLoader().load(path: "/nonexistent/x.yaml")
    }
  }

  @Test("a bad file inside a directory still stops the load with its name")
  func badFileInDirectory() throws {
    #expect {
      try SnapshotLoader().load(path: FixturePath.of("bad"))
    } throws: { error in
      (error as? LoadError)?.file.contains("/bad/") == true
    }
  }

  @Test("truncated gzip is an error, not a crash")
  func truncatedGzip() throws {
    let full = try Gzip.compress(Data(String(repeating: "{\"a\": 1}", count: 1000).utf8))
    #expect(throws: GzipError.self) { try Gzip.decompress(full.prefix(full.count / 2)) }
    #expect(try Gzip.decompress(full).count == 8000)
  }
}

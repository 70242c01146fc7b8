import Foundation
import KubeModel
import Testing

@testable import Explorer

@Suite("Measuring the inputs")
struct LoadingInputTests {
  @Test("a file is its size; a directory sums the files the loader reads (no hidden, no others)")
  func measure() throws {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("kbaseline-loading-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: root) }
    let nested = root.appendingPathComponent("dir/nested")
    try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
    func write(_ path: String, bytes: Int) throws {
      try Data(repeating: 0x20, count: bytes).write(to: root.appendingPathComponent(path))
    }
    try write("single.json", bytes: 1_234)
    try write("dir/a.yaml", bytes: 100)
    try write("dir/nested/b.JSON", bytes: 20)
    try write("dir/nested/c.json.gz", bytes: 3)
    try write("dir/notes.txt", bytes: 5_000)
    try write("dir/.hidden.yaml", bytes: 7_000)
    let file = root.appendingPathComponent("single.json").path
    let directory = root.appendingPathComponent("dir").path
    let inputs = try LoadingInput.measure([file, directory])
    #expect(
      inputs == [
        LoadingInput(path: file, bytes: 1_234), LoadingInput(path: directory, bytes: 123),
      ])
  }

  @Test("a missing path is the loader's error, before anything is opened")
  func missing() {
    #expect(throws: LoadError(file: "/no/such/cluster.json", message: "no such file or directory"))
    {
      try LoadingInput.measure(["/no/such/cluster.json"])
    }
  }
}
